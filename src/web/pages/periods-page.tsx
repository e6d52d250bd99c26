import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PERIOD_KIND_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import { periodsApi } from '../api/periods-api.ts';
import type { Period } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { formatDate } from '../lib/format-date.ts';

const columns: TableColumnsType<Period> = [
  { title: 'Название', dataIndex: 'name', key: 'name' },
  { title: 'Код', dataIndex: 'code', key: 'code', width: 160 },
  {
    title: 'Вид',
    dataIndex: 'kind',
    key: 'kind',
    width: 180,
    render: (kind: Period['kind']) => <Tag color={kind === 'school_year' ? 'blue' : 'green'}>{PERIOD_KIND_LABELS[kind] ?? kind}</Tag>,
    filters: Object.entries(PERIOD_KIND_LABELS).map(([value, text]) => ({ value, text })),
    onFilter: (value, record) => record.kind === value,
  },
  {
    title: 'Начало',
    dataIndex: 'startsOn',
    key: 'startsOn',
    width: 130,
    render: (v: string) => formatDate(v),
    sorter: (a, b) => a.startsOn.localeCompare(b.startsOn),
  },
  {
    title: 'Окончание',
    dataIndex: 'endsOn',
    key: 'endsOn',
    width: 130,
    render: (v: string) => formatDate(v),
    sorter: (a, b) => a.endsOn.localeCompare(b.endsOn),
  },
];

/** `/periods`: reporting periods (calendar and school years). */
export function PeriodsPage() {
  const { data, error, loading, reload } = useAsyncData((signal) => periodsApi.list(signal), []);
  return (
    <div className="panel page-panel">
      <PageTitle title="Периоды" />
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
    </div>
  );
}
