import { Table } from 'antd';
import type { ComparisonRow } from '../../api/reports-api.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));

interface Props {
  title: string;
  rows: ComparisonRow[];
  directions: { code: string; name: string }[];
  testId?: string;
}

/** Organisations of one comparison with their direction scores, summary score, place and zone. */
export function ReportComparisonTable({ title, rows, directions, testId }: Props) {
  return (
    <ScrollRegion label={title}>
      <Table<ComparisonRow>
        size="small"
        rowKey="orgId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        title={() => <strong>{title}</strong>}
        dataSource={rows}
        data-testid={testId}
        columns={[
          { title: 'Организация', dataIndex: 'name', width: 260 },
          ...directions.map((d) => ({
            title: d.name,
            key: d.code,
            width: 160,
            render: (_: unknown, r: ComparisonRow) => {
              const cell = r.directions[d.code];
              return !cell || cell.score === null ? '—' : `${num(cell.score)} (место ${cell.place ?? '—'})`;
            },
          })),
          { title: 'Итоговый балл', key: 'summary', align: 'right' as const, render: (_: unknown, r: ComparisonRow) => num(r.summary) },
          { title: 'Место', dataIndex: 'summaryPlace', render: (p: string | null) => p ?? '—' },
          { title: 'Зона', dataIndex: 'zone', render: (z: string | null) => z ?? '—' },
        ]}
      />
    </ScrollRegion>
  );
}
