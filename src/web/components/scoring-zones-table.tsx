import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ZoneRow, ZoneTable } from '../lib/scoring-zones.ts';

/** Zone thresholds by year, as the methodology states them. */
export function ScoringZonesTable({ table }: { table: ZoneTable }) {
  const columns: TableColumnsType<ZoneRow> = [
    { title: 'Год', dataIndex: 'year', key: 'year', width: 120, render: (year: string) => year || <span className="muted">все годы</span> },
    ...table.zones.map((zone) => ({
      title: zone.color ? (
        <Tag color={zone.color} className="catalogue-tag">
          {zone.label}
        </Tag>
      ) : (
        zone.label
      ),
      key: zone.key,
      render: (_: unknown, row: ZoneRow) => row.values[zone.key] ?? <span className="muted">—</span>,
    })),
  ];
  return (
    <Table<ZoneRow>
      rowKey={(row) => row.year || 'all'}
      size="small"
      columns={columns}
      dataSource={table.rows}
      pagination={false}
      className="scoring-zones"
      data-testid="scoring-zones"
    />
  );
}
