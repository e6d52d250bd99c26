import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportIssue } from '../api/types.ts';

const dash = (value: string | number | null) => (value === null ? <span className="muted">—</span> : value);

type IssueRow = ImportIssue & { key: number };

const columns: TableColumnsType<IssueRow> = [
  { title: 'Лист', dataIndex: 'sheet', key: 'sheet', width: 170, render: dash },
  { title: 'Строка', dataIndex: 'row', key: 'row', width: 80, align: 'right', render: dash },
  { title: 'Столбец', dataIndex: 'column', key: 'column', width: 130, render: dash },
  { title: 'Ошибка', dataIndex: 'message', key: 'message' },
];

/** Every problem found in an uploaded workbook, with its sheet, row and column. */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  return (
    <Table<IssueRow>
      size="small"
      columns={columns}
      dataSource={issues.map((issue, index) => ({ ...issue, key: index }))}
      pagination={false}
      scroll={{ y: 320 }}
      data-testid="import-issues-table"
    />
  );
}
