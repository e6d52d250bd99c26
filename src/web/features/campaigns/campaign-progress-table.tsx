import { Flex, Progress, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ProgressRow } from '../../api/campaigns-api.ts';
import { filledPercent } from '../../lib/campaign-status.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignStatusTag } from './campaign-status-tag.tsx';
import type { HTMLAttributes } from 'react';

/** The progress list of a campaign: each participant's status, completeness, last change and comment. */
export function CampaignProgressTable({ campaignId, rows }: { campaignId: number; rows: ProgressRow[] }) {
  const columns: TableColumnsType<ProgressRow> = [
    { title: 'Код', dataIndex: 'code', key: 'code', width: 92, sorter: (a, b) => a.code.localeCompare(b.code), defaultSortOrder: 'ascend' },
    {
      title: 'Организация',
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <span data-testid="progress-org" title={r.name}>
            {r.shortName ?? r.name}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.typeName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Статус',
      key: 'status',
      width: 160,
      filters: [...new Map(rows.map((r) => [r.status, r.statusName]))].map(([value, text]) => ({ value, text })),
      onFilter: (value, r) => r.status === value,
      render: (_, r) => (
        <Flex wrap gap={4}>
          <CampaignStatusTag status={r.status} name={r.statusName} />
          {r.overdue ? (
            <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="progress-overdue">
              просрочена
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: 'Заполнено',
      key: 'filled',
      width: 120,
      sorter: (a, b) => filledPercent(a.filled, a.total) - filledPercent(b.filled, b.total),
      render: (_, r) => (
        <div title={`${r.filled} из ${r.total} полей`}>
          <Progress
            percent={filledPercent(r.filled, r.total)}
            size="small"
            style={{ margin: 0 }}
            aria-label={`Заполнено ${r.filled} из ${r.total} полей`}
          />
        </div>
      ),
    },
    {
      title: 'Изменена',
      key: 'updatedAt',
      width: 118,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (_, r) => <span style={{ fontSize: 13 }}>{formatDateTime(r.updatedAt)}</span>,
    },
    {
      title: 'Комментарий',
      dataIndex: 'comment',
      key: 'comment',
      width: 150,
      ellipsis: { showTitle: true },
      render: (c: string | null) => c ?? <span className="muted">—</span>,
    },
    {
      title: '',
      key: 'open',
      width: 124,
      render: (_, r) => (
        <AppLink style={{ whiteSpace: 'nowrap' }} to={`/campaigns/${campaignId}/forms/${r.orgId}`} data-testid="progress-open-form">
          Открыть форму
        </AppLink>
      ),
    },
  ];
  return (
    <Table<ProgressRow>
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: 'Нет участников' }}
      data-testid="campaign-progress-table"
      onRow={(r) => ({ 'data-org-id': r.orgId }) as HTMLAttributes<HTMLElement>}
    />
  );
}
