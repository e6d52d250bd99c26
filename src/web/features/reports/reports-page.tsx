import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { reportsApi, type ReportSummary } from '../../api/reports-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ReportCreateModal } from './report-create-modal.tsx';
import { ReportStatusTag } from './report-status-tag.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';
import { formatDateTime } from '../../lib/format-date.ts';

/** `/reports` («Аналитические отчёты»): the reports of the user's territory; operators generate new ones. */
export function ReportsPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useAsyncData((signal) => reportsApi.list(signal), []);
  const [creating, setCreating] = useState(false);
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);
  return (
    <div className="panel page-panel" data-testid="reports-page">
      <PageTitle
        title="Аналитические отчёты"
        extra={
          <Space>
            <Button icon={<TeamOutlined />} onClick={() => navigate('/working-group')} data-testid="working-group-link">
              Рабочая группа
            </Button>
            {operator ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="report-create">
                Сформировать отчёт
              </Button>
            ) : null}
          </Space>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<ReportSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: operator ? 'Отчётов пока нет: сформируйте первый по рассчитанным результатам.' : 'Отчётов пока нет.' }}
        data-testid="reports-table"
        columns={[
          {
            title: 'Отчёт',
            dataIndex: 'title',
            render: (title: string, r) => (
              <AppLink to={`/reports/${r.id}`} data-testid="report-link">
                {title}
              </AppLink>
            ),
          },
          { title: 'Версия', dataIndex: 'version', width: 80, align: 'center' },
          { title: 'Состояние', dataIndex: 'status', width: 220, render: (s: ReportSummary['status']) => <ReportStatusTag status={s} /> },
          { title: 'Изменён', dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
        ]}
      />
      {creating ? (
        <ReportCreateModal
          onClose={() => setCreating(false)}
          onCreated={(r) => {
            setCreating(false);
            navigate(`/reports/${r.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
