import { App, Button, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { PERIOD_KIND_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import { errorMessage } from '../../api/api-error.ts';
import { periodsApi } from '../../api/periods-api.ts';
import type { Period } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { PeriodModal } from './period-modal.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';

/** Who manages periods (the routes' policy): the administrator and the regional operator. */
const MANAGERS = new Set(['admin', 'regional_operator']);

const baseColumns: TableColumnsType<Period> = [
  { title: 'Название', dataIndex: 'name', key: 'name' },
  { title: 'Код', dataIndex: 'code', key: 'code', width: 140 },
  {
    title: 'Вид',
    dataIndex: 'kind',
    key: 'kind',
    width: 170,
    render: (kind: Period['kind']) => <Tag color={kind === 'school_year' ? 'blue' : 'green'}>{PERIOD_KIND_LABELS[kind] ?? kind}</Tag>,
    filters: Object.entries(PERIOD_KIND_LABELS).map(([value, text]) => ({ value, text })),
    onFilter: (value, record) => record.kind === value,
  },
  {
    title: 'Начало',
    dataIndex: 'startsOn',
    key: 'startsOn',
    width: 120,
    render: (v: string) => formatDate(v),
    sorter: (a, b) => a.startsOn.localeCompare(b.startsOn),
  },
  {
    title: 'Окончание',
    dataIndex: 'endsOn',
    key: 'endsOn',
    width: 120,
    render: (v: string) => formatDate(v),
    sorter: (a, b) => a.endsOn.localeCompare(b.endsOn),
  },
  {
    title: 'Состояние',
    key: 'state',
    width: 200,
    render: (_: unknown, p: Period) =>
      p.closedAt ? (
        <Tag title={`Закрыл(а) ${p.closedBy ?? '—'} ${formatDateTime(p.closedAt)}`} data-testid={`period-closed-${p.id}`}>
          закрыт {formatDate(p.closedAt)}
        </Tag>
      ) : (
        <Tag color="green">открыт</Tag>
      ),
  },
];

/** `/periods`: reporting periods (calendar and school years); the administrator and the regional operator add, edit, close and reopen them. */
export function PeriodsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useAsyncData((signal) => periodsApi.list(signal), []);
  const [editing, setEditing] = useState<Period | 'new' | null>(null);
  const manages = MANAGERS.has(user.role);

  const toggle = async (p: Period): Promise<void> => {
    try {
      await (p.closedAt ? periodsApi.reopen(p.id) : periodsApi.close(p.id));
      void message.success(p.closedAt ? `Период «${p.name}» открыт` : `Период «${p.name}» закрыт`);
      reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<Period> = manages
    ? [
        ...baseColumns,
        {
          title: 'Действия',
          key: 'actions',
          width: 220,
          render: (_: unknown, p: Period) => (
            <Space size={4}>
              <Button size="small" disabled={p.closedAt !== null} onClick={() => setEditing(p)} aria-label={`Изменить период ${p.name}`}>
                Изменить
              </Button>
              <Popconfirm
                title={p.closedAt ? 'Открыть период снова?' : 'Закрыть период?'}
                description={
                  p.closedAt
                    ? 'Период снова будет принимать значения.'
                    : 'Новые значения будут приниматься только через формы, возвращённые на доработку или открытые повторно.'
                }
                okText={p.closedAt ? 'Открыть' : 'Закрыть'}
                cancelText="Отмена"
                onConfirm={() => void toggle(p)}
              >
                <Button
                  size="small"
                  data-testid={`period-toggle-${p.id}`}
                  aria-label={`${p.closedAt ? 'Открыть' : 'Закрыть'} период ${p.name}`}
                >
                  {p.closedAt ? 'Открыть' : 'Закрыть'}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]
    : baseColumns;

  return (
    <div className="panel page-panel">
      <Flex justify="space-between" align="center">
        <PageTitle title="Периоды" />
        {manages ? (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="period-add">
            Добавить период
          </Button>
        ) : null}
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<Period>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data ?? []}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="periods-table"
      />
      {editing ? (
        <PeriodModal period={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => reload()} />
      ) : null}
    </div>
  );
}
