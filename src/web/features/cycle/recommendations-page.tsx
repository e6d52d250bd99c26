import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { managementApi, type RecommendationView } from '../../api/management-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { RecommendationReportModal } from './recommendation-report-modal.tsx';
import { RecommendationStatusTag } from './recommendation-status-tag.tsx';
import { RecommendationsApproveModal } from './recommendations-approve-modal.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';

/** `/recommendations`: the territory's targeted recommendations, or (for a school) those addressed to it. */
export function RecommendationsPage() {
  const { user } = useSession();
  return user.role === 'org_representative' ? <OwnRecommendations /> : <TerritoryRecommendations />;
}

function Execution({ r }: { r: RecommendationView }) {
  if (r.status === 'reported')
    return (
      <div>
        <div>{r.reportText}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDate(r.reportedOn)}, {r.reportedBy}
        </Typography.Text>
      </div>
    );
  if (r.status === 'acknowledged')
    return (
      <Typography.Text type="secondary">
        Принята {formatDateTime(r.acknowledgedAt)}, {r.acknowledgedBy}
      </Typography.Text>
    );
  return <Typography.Text type="secondary">Организация ещё не ответила</Typography.Text>;
}

function TerritoryRecommendations() {
  const { user } = useSession();
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);
  const [territoryId, setTerritoryId] = useState<number | null>(null);
  const [pendingOnly, setPendingOnly] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [approving, setApproving] = useState(false);
  const list = useAsyncData(
    (signal) => (territoryId ? managementApi.recommendations(territoryId, signal) : Promise.resolve([])),
    [territoryId],
  );
  const rows = useMemo(() => (list.data ?? []).filter((r) => !pendingOnly || r.status !== 'reported'), [list.data, pendingOnly]);
  const all = list.data ?? [];
  const notAnswered = all.filter((r) => r.status !== 'reported').length;
  const overdue = all.filter((r) => r.overdue).length;

  return (
    <div className="panel page-panel" data-testid="recommendations-page">
      <PageTitle
        title="Адресные рекомендации"
        extra={
          operator && selected.length ? (
            <Button icon={<CheckOutlined />} onClick={() => setApproving(true)} data-testid="rec-approve">
              Одобрено рабочей группой ({selected.length})
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">
        Рекомендации пишутся из аналитического отчёта (кнопка «Адресные рекомендации» на странице отчёта). Организация видит их в своём
        кабинете, принимает к исполнению и отражает, что сделано; здесь видно, кто не ответил и у кого истёк срок.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Территория:</span>
        <CampaignTerritorySelect
          prefer="scope"
          value={territoryId}
          onChange={setTerritoryId}
          testId="rec-territory"
          style={{ width: 360 }}
        />
        <Switch checked={pendingOnly} onChange={setPendingOnly} aria-label="Только неисполненные" /> <span>только неисполненные</span>
        <span data-testid="rec-counters">
          Всего {all.length}; без отчёта об исполнении {notAnswered}; просрочено {overdue}
        </span>
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<RecommendationView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        rowSelection={operator ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) } : undefined}
        data-testid="rec-table"
        onRow={(r) => ({ 'data-testid': `rec-row-${r.id}`, className: r.overdue ? 'row-overdue' : undefined }) as object}
        columns={[
          { title: 'Организация', dataIndex: 'orgName', render: (v: string, r) => <AppLink to={`/results/card/${r.orgId}`}>{v}</AppLink> },
          {
            title: 'Рекомендация',
            key: 'text',
            render: (_: unknown, r) => (
              <div>
                <div>{r.text}</div>
                {r.leaderName ? (
                  <Typography.Text type="secondary">Руководителю: {r.leaderName}</Typography.Text>
                ) : r.personal ? (
                  <Typography.Text type="secondary">Руководителю организации лично</Typography.Text>
                ) : null}
                {r.finding ? (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      Дефицит: {r.finding.text}
                    </Typography.Text>
                  </div>
                ) : null}
                <AppLink to={`/reports/${r.reportId}`} style={{ fontSize: 12 }}>
                  {r.reportTitle}
                </AppLink>
              </div>
            ),
          },
          {
            title: 'Срок',
            dataIndex: 'dueOn',
            render: (d: string) => formatDate(d),
            width: 100,
            sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
          },
          { title: 'Состояние', key: 'status', width: 200, render: (_: unknown, r) => <RecommendationStatusTag r={r} /> },
          { title: 'Исполнение', key: 'exec', render: (_: unknown, r) => <Execution r={r} /> },
          {
            title: 'Рабочая группа',
            key: 'wg',
            width: 150,
            render: (_: unknown, r) =>
              r.approvedOn ? `одобрена ${formatDate(r.approvedOn)}, протокол № ${r.approvedMinutes}` : <span className="muted">—</span>,
          },
        ]}
      />
      {approving && territoryId ? (
        <RecommendationsApproveModal
          territoryId={territoryId}
          ids={selected}
          onClose={() => setApproving(false)}
          onDone={() => {
            setApproving(false);
            setSelected([]);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function OwnRecommendations() {
  const list = useAsyncData((signal) => managementApi.mine(signal), []);
  const [reporting, setReporting] = useState<RecommendationView | null>(null);
  const { saving, error, run } = useSubmit();
  const acknowledge = async (r: RecommendationView) => {
    if (await run(() => managementApi.acknowledge(r.id, r.version))) list.reload();
  };
  const rows = list.data ?? [];
  return (
    <div className="panel page-panel" data-testid="recommendations-page">
      <PageTitle title="Рекомендации моей организации" />
      <Typography.Paragraph type="secondary">
        Адресные рекомендации органа управления образованием по итогам анализа. Примите рекомендацию к исполнению и отразите, что сделано,
        до указанного срока.
      </Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="rec-ack-error" /> : null}
      {!list.loading && rows.length === 0 ? <Empty description="Рекомендаций нет" /> : null}
      <Flex vertical gap={12}>
        {rows.map((r) => (
          <Card
            key={r.id}
            size="small"
            data-testid={`my-rec-${r.id}`}
            title={
              <Space wrap>
                <span>Срок: {formatDate(r.dueOn)}</span>
                <RecommendationStatusTag r={r} />
              </Space>
            }
            extra={
              r.status === 'reported' ? null : (
                <Space>
                  {r.status === 'issued' ? (
                    <Button loading={saving} onClick={() => void acknowledge(r)} data-testid={`rec-ack-${r.id}`}>
                      Принять к исполнению
                    </Button>
                  ) : null}
                  <Button type="primary" onClick={() => setReporting(r)} data-testid={`rec-report-${r.id}`}>
                    Отразить исполнение
                  </Button>
                </Space>
              )
            }
          >
            <p style={{ marginTop: 0 }}>{r.text}</p>
            {r.finding ? <Typography.Paragraph type="secondary">Основание: {r.finding.text}</Typography.Paragraph> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.reportTitle}
            </Typography.Text>
            {r.status !== 'issued' ? (
              <div style={{ marginTop: 8 }}>
                <Execution r={r} />
              </div>
            ) : null}
          </Card>
        ))}
      </Flex>
      {reporting ? (
        <RecommendationReportModal
          recommendation={reporting}
          onClose={() => setReporting(null)}
          onDone={() => {
            setReporting(null);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
