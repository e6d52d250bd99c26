import { Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { OrgDetail } from '../../api/types.ts';
import { SETTLEMENT_LABELS } from '../../lib/labels.ts';

const KNOWN_KEYS = new Set(['settlement', 'pupils', 'staff', 'address', 'headName', 'centre', 'authority', 'note']);
const NOT_SET = <span className="muted">не указано</span>;

function show(value: unknown) {
  if (value === undefined || value === null || value === '') return NOT_SET;
  if (typeof value === 'number') return value.toLocaleString('ru-RU');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** «Сведения»: settlement, pupils, staff, address, head and any other attributes. */
export function OrgAttributes({ org }: { org: OrgDetail }) {
  const a = org.attributes;
  const pupilsLabel = org.type === 'kindergarten' ? 'Число воспитанников' : 'Число обучающихся';
  const isOrganisation = org.kind === 'organisation';
  const items: DescriptionsProps['items'] = isOrganisation
    ? [
        { key: 'settlement', label: 'Местность', children: a.settlement ? SETTLEMENT_LABELS[a.settlement] : NOT_SET },
        { key: 'pupils', label: pupilsLabel, children: show(a.pupils) },
        { key: 'staff', label: 'Число работников', children: show(a.staff) },
        { key: 'headName', label: 'Руководитель', children: show(a.headName) },
        { key: 'address', label: 'Адрес', children: show(a.address), span: 2 },
      ]
    : [
        { key: 'authority', label: 'Орган управления образованием', children: show(a.authority), span: 2 },
        { key: 'centre', label: 'Административный центр', children: show(a.centre) },
        { key: 'settlement', label: 'Местность', children: a.settlement ? SETTLEMENT_LABELS[a.settlement] : NOT_SET },
        ...(a.headName ? [{ key: 'headName', label: 'Руководитель', children: show(a.headName) }] : []),
        ...(a.address ? [{ key: 'address', label: 'Адрес', children: show(a.address), span: 2 }] : []),
      ];
  if (a.note !== undefined && a.note !== '') {
    items.push({ key: 'note', label: 'Примечание', children: show(a.note), span: 2 });
  }
  for (const [key, value] of Object.entries(a)) {
    if (!KNOWN_KEYS.has(key)) items.push({ key, label: key, children: show(value) });
  }
  return (
    <Descriptions
      title="Сведения"
      size="small"
      bordered
      column={2}
      items={items}
      data-testid="org-attributes"
      styles={{ label: { whiteSpace: 'nowrap', width: '1%' }, content: { minWidth: 110 } }}
    />
  );
}
