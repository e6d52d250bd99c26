import { Flex, Table, Tag } from 'antd';
import type { ShfnsuSchoolView } from '../../api/schools-at-risk-api.ts';
import { formatNumber } from '../../lib/format-number.ts';

type Factor = ShfnsuSchoolView['factors'][number];

const STATUS: Record<Factor['status'], [string, string | undefined]> = {
  exceeded: ['превышен', 'red'],
  not_exceeded: ['не превышен', 'green'],
  missing: ['нет данных', undefined],
  invalid: ['ошибка в данных', 'orange'],
};

/** Each factor of a school: its value, the threshold, whether it is exceeded and the numbers it comes from. */
export function ShfnsuEvidence({ school }: { school: ShfnsuSchoolView }) {
  return (
    <Flex vertical gap={8} data-testid="shfnsu-evidence">
      <span>{school.conclusion}</span>
      <Table<Factor>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={school.factors}
        columns={[
          { title: 'Фактор', dataIndex: 'name' },
          { title: 'Значение', width: 100, align: 'right', render: (_, f) => (f.share === null ? '—' : `${formatNumber(f.share, 1)} %`) },
          { title: 'Порог', width: 80, align: 'right', render: (_, f) => `${formatNumber(f.threshold, 1)} %` },
          { title: 'Итог', width: 140, render: (_, f) => <Tag color={STATUS[f.status][1]}>{STATUS[f.status][0]}</Tag> },
          { title: 'Из каких чисел', render: (_, f) => f.sentence },
        ]}
      />
    </Flex>
  );
}
