import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { auditApi } from '../../api/audit-api.ts';
import type { AuditEntry } from '../../api/types.ts';
import { AuditDiff } from './audit-diff.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { actionLabel, auditObjectLabel, isOrgEntity } from '../../lib/audit-labels.ts';
import { formatDateTime } from '../../lib/format-date.ts';

function objectCell(entry: AuditEntry) {
  const label = auditObjectLabel(entry);
  if (entry.entityId === null || entry.entityId === undefined) return label;
  if (isOrgEntity(entry.entity)) {
    const href = `/orgs/${entry.entityId}`;
    return (
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault();
          navigate(href);
        }}
      >
        {label}
      </a>
    );
  }
  return label;
}

const columns: TableColumnsType<AuditEntry> = [
  { title: 'Когда', dataIndex: 'at', key: 'at', width: 160, render: (at: string) => formatDateTime(at) },
  {
    title: 'Кто',
    dataIndex: 'userLogin',
    key: 'user',
    width: 180,
    render: (login: string | null) => login ?? <span className="muted">система</span>,
  },
  {
    title: 'Действие',
    dataIndex: 'action',
    key: 'action',
    width: 200,
    render: (action: string) => <Tag title={action}>{actionLabel(action)}</Tag>,
  },
  { title: 'Объект', key: 'entity', render: (_: unknown, entry) => objectCell(entry) },
];

/** `/audit` (admin only): paginated change log with expandable before/after JSON. */
export function AuditPage() {
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const { data, error, loading, reload } = useAsyncData(
    (signal) => auditApi.list(page.pageSize, (page.current - 1) * page.pageSize, signal),
    [page.current, page.pageSize],
  );

  return (
    <div className="panel page-panel">
      <PageTitle title="Журнал изменений" />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        expandable={{
          expandedRowRender: (entry) => <AuditDiff entry={entry} />,
          rowExpandable: (entry) => entry.before != null || entry.after != null,
        }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
          onChange: (current, pageSize) => setPage((prev) => ({ current: pageSize === prev.pageSize ? current : 1, pageSize })),
        }}
        data-testid="audit-table"
      />
    </div>
  );
}
