import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { RoundSummary } from '../../api/scoring-api.ts';
import { formatDate } from '../../lib/format-date.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ScoringKindTag } from './scoring-kind-tag.tsx';

interface ScoringRoundListTableProps {
  items: RoundSummary[];
  loading: boolean;
  /** An expert sees how many objects are assigned to them. */
  expert: boolean;
}

/** The scoring rounds the user may see: name, kind, territory, period, objects (an expert's own count). */
export function ScoringRoundListTable({ items, loading, expert }: ScoringRoundListTableProps) {
  const columns: TableColumnsType<RoundSummary> = [
    {
      title: 'Раунд оценки',
      key: 'name',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <AppLink to={`/scoring/${r.id}`} data-testid="round-link">
            {r.name}
          </AppLink>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.catalogueName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Вид', key: 'kind', width: 120, render: (_, r) => <ScoringKindTag kind={r.kind} /> },
    { title: 'Территория', dataIndex: 'scopeName', key: 'scope', width: 200 },
    { title: 'Период', dataIndex: 'periodName', key: 'period', width: 110 },
    {
      title: 'Объекты',
      key: 'objects',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span data-testid="round-objects">{r.objects}</span>
          {expert || r.mine > 0 ? (
            <Typography.Text type={r.mine > 0 ? 'warning' : 'secondary'} style={{ fontSize: 12 }} data-testid="round-mine">
              назначено вам: {r.mine}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: 'Открыт', key: 'created', width: 100, render: (_, r) => formatDate(r.createdAt) },
  ];
  return (
    <Table<RoundSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: 'Раундов оценки пока нет' }}
      data-testid="rounds-table"
    />
  );
}
