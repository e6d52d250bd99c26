import { Table, type TableColumnsType } from 'antd';
import { formatDate } from '../../lib/format-date.ts';

/**
 * A register's events (a leader's training and assessments, a candidate's diagnostics and
 * training), newest rows as given, opening with their date.
 */
export function EventTable<E extends { id: number; heldOn: string }>({
  events,
  testId,
  columns,
}: {
  events: readonly E[];
  testId: string;
  columns: TableColumnsType<E>;
}) {
  return (
    <Table<E>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={events}
      data-testid={testId}
      locale={{ emptyText: 'Записей нет' }}
      columns={[{ title: 'Дата', dataIndex: 'heldOn', render: (d: string) => formatDate(d), width: 110 }, ...columns]}
    />
  );
}
