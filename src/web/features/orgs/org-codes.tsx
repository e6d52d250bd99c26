import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { OrgDetail } from '../../api/types.ts';

function code(value: string | null) {
  if (!value) return <span className="muted">нет</span>;
  return <Typography.Text copyable={{ tooltips: ['Копировать', 'Скопировано'] }}>{value}</Typography.Text>;
}

/** «Коды»: internal code, ИНН, ОГРН and the ФИС ОКО code. */
export function OrgCodes({ org }: { org: OrgDetail }) {
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: 'Код', children: code(org.code) },
    { key: 'inn', label: 'ИНН', children: code(org.inn) },
    { key: 'ogrn', label: 'ОГРН', children: code(org.ogrn) },
    { key: 'fisOko', label: 'Код ФИС ОКО', children: code(org.fisOkoCode) },
  ];
  return (
    <Descriptions
      title="Коды"
      size="small"
      bordered
      column={2}
      items={items}
      data-testid="org-codes"
      styles={{ label: { whiteSpace: 'nowrap', width: '1%' }, content: { minWidth: 110 } }}
    />
  );
}
