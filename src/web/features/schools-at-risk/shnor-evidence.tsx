import { Flex, Table, Tag, Typography } from 'antd';
import type { ShnorSchoolView } from '../../api/schools-at-risk-api.ts';
import { formatNumber } from '../../lib/format-number.ts';

type Row = ShnorSchoolView['years'][number]['results'][number] & { key: string; yearLabel: string };

/** The evidence behind a school's verdict: the rule's sentences, then the low and too-small results of each year. */
export function ShnorEvidence({ school }: { school: ShnorSchoolView }) {
  const rows: Row[] = school.years.flatMap((y) => y.results.map((r, i) => ({ ...r, key: `${y.year}-${i}`, yearLabel: y.label })));
  const signals = school.years.flatMap((y) => y.objectivity.map((o) => ({ key: `${y.year}-${o.procedure}`, label: y.label, o })));
  return (
    <Flex vertical gap={8} data-testid="shnor-evidence">
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {school.evidence.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
      {rows.length > 0 && (
        <Table<Row>
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: 'Год', dataIndex: 'yearLabel', width: 100 },
            { title: 'Результат', dataIndex: 'label' },
            { title: 'Участников', dataIndex: 'participants', width: 100, align: 'right' },
            { title: '«2» / ниже порога', dataIndex: 'low', width: 140, align: 'right' },
            { title: 'Доля', width: 80, align: 'right', render: (_, r) => `${formatNumber(r.share, 1)} %` },
            {
              title: 'Оценка',
              width: 170,
              render: (_, r) => (r.status === 'low' ? <Tag color="red">низкий результат</Tag> : <Tag>мало участников</Tag>),
            },
          ]}
        />
      )}
      {signals.length > 0 && (
        <>
          <Typography.Text strong>Сравнение с отметками по журналу</Typography.Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {signals.map(({ key, label, o }) => (
              <li key={key}>
                {label}: {o.sentence} {o.flagged && <Tag color="orange">сигнал</Tag>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Flex>
  );
}
