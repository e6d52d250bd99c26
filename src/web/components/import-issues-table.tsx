import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportIssue } from '../api/types.ts';

const dash = (value: string | number | null) => (value === null ? <span className="muted">—</span> : value);

const columns: TableColumnsType<ImportIssue> = [
  { title: 'Лист', dataIndex: 'sheet', key: 'sheet', width: 170, render: dash },
  { title: 'Строка', dataIndex: 'row', key: 'row', width: 80, align: 'right', render: dash },
  { title: 'Столбец', dataIndex: 'column', key: 'column', width: 130, render: dash },
  { title: 'Ошибка', dataIndex: 'message', key: 'message' },
];

/** Every problem found in an uploaded workbook, with its sheet, row and column. */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  return (
    <Table<ImportIssue>
      rowKey={(_, index) => String(index)}
      size="small"
      columns={columns}
      dataSource={issues}
      pagination={false}
      scroll={{ y: 320 }}
      data-testid="import-issues-table"
    />
  );
}
