import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CampaignSummary, SubmissionStatus } from '../../api/campaigns-api.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { acceptedLabel } from '../../lib/campaign-status.ts';
import { formatDate } from '../../lib/format-date.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignStatusTag } from './campaign-status-tag.tsx';

interface CampaignListTableProps {
  items: CampaignSummary[];
  loading: boolean;
  /** A representative sees their own form instead of the progress of all. */
  representative: boolean;
}

/** Statuses in which the representative still fills the form in. */
const EDITABLE: readonly SubmissionStatus[] = ['not_started', 'draft', 'returned'];

function Regulation({ c }: { c: CampaignSummary }) {
  if (!c.orderNumber) return <Typography.Text type="secondary">не утверждён</Typography.Text>;
  return (
    <Flex vertical gap={2} align="start">
      <Tag color="green" style={{ marginInlineEnd: 0 }} title={`Приказ № ${c.orderNumber} от ${formatDate(c.orderDate)}`}>
        утверждён
      </Tag>
      {c.published ? (
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          опубликован
        </Tag>
      ) : null}
    </Flex>
  );
}

/** The campaigns the user may see: name, territory, period, dates, progress (or own form), regulation. */
export function CampaignListTable({ items, loading, representative }: CampaignListTableProps) {
  const columns: TableColumnsType<CampaignSummary> = [
    {
      title: 'Кампания',
      key: 'name',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <AppLink to={`/campaigns/${c.id}`} data-testid="campaign-link">
            {c.name}
          </AppLink>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.catalogueName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Территория', dataIndex: 'scopeName', key: 'scope', width: 180 },
    { title: 'Период', dataIndex: 'periodName', key: 'period', width: 120 },
    {
      title: 'Сроки',
      key: 'dates',
      width: 120,
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(c.startsOn)} —<br />
          {formatDate(c.deadline)}
        </span>
      ),
    },
  ];
  if (representative) {
    columns.push({
      title: 'Ваша форма',
      key: 'own',
      width: 220,
      render: (_, c) =>
        c.own ? (
          <Flex vertical gap={6} align="start">
            <Flex gap={4}>
              <CampaignStatusTag status={c.own.status} name={c.own.statusName} />
              {c.own.overdue && <Tag color="red">срок прошёл</Tag>}
            </Flex>
            <Button
              size="small"
              type={EDITABLE.includes(c.own.status) ? 'primary' : 'default'}
              icon={EDITABLE.includes(c.own.status) ? <EditOutlined /> : <EyeOutlined />}
              onClick={() => navigate(`/campaigns/${c.id}/forms/${c.own?.orgId ?? ''}`)}
              data-testid="campaign-fill-form"
            >
              {EDITABLE.includes(c.own.status) ? 'Заполнить форму' : 'Открыть форму'}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    });
  } else {
    columns.push({
      title: 'Ход сбора',
      key: 'progress',
      width: 150,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span data-testid="campaign-accepted">{acceptedLabel(c.accepted, c.participants)}</span>
          {c.overdue > 0 ? (
            <Typography.Text type="danger" data-testid="campaign-overdue">
              просрочено: {c.overdue}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    });
  }
  columns.push({ title: 'Регламент', key: 'regulation', width: 120, render: (_, c) => <Regulation c={c} /> });

  return (
    <Table<CampaignSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: 'Кампаний пока нет' }}
      data-testid="campaigns-table"
    />
  );
}
