import { Alert, App, Button, Card, Input, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { reportsApi, type ReportDetail } from '../../api/reports-api.ts';
import { REPORT_SECTIONS } from '../../../domain/report/report-content.ts';
import { paragraphsOf } from '../../../domain/report/report-paragraphs.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { RecommendationCreateModal } from '../cycle/recommendation-create-modal.tsx';
import { ReportActions } from './report-actions.tsx';
import { ReportApproveModal } from './report-approve-modal.tsx';
import { ReportReviewModal } from './report-review-modal.tsx';
import { ReportSectionData } from './report-section-data.tsx';
import { ReportStatusTag } from './report-status-tag.tsx';
import { ReportStepsHistory } from './report-steps-history.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { formatDateTime } from '../../lib/format-date.ts';

const STEP_INDEX = { draft: 0, reviewed: 1, approved: 2, published: 3 } as const;

/** `/reports/:id`: the analytic report — its texts (editable in a draft), its numbers, its approval. */
export function ReportPage({ reportId }: { reportId: number }) {
  const { message } = App.useApp();
  const { data, error, loading, reload, setData } = useAsyncData((signal) => reportsApi.get(reportId, signal), [reportId]);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [modal, setModal] = useState<'review' | 'approve' | 'recommend' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (data) {
      setTexts(data.sections);
      setDirty(false);
    }
  }, [data]);

  if (loading && !data) return <FullPageSpin />;
  if (error || !data) return <ErrorAlert error={error} onRetry={reload} />;
  const report = data;
  const editable = report.canManage && report.status === 'draft';

  const run = async (action: () => Promise<ReportDetail>, done?: string) => {
    setBusy(true);
    setActionError(null);
    try {
      const next = await action();
      setData(next);
      if (done) void message.success(done);
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => reportsApi.saveSections(report.id, texts, report.editVersion), 'Тексты сохранены');
  const newVersion = async () => {
    setBusy(true);
    try {
      const next = await reportsApi.newVersion(report.id);
      navigate(`/reports/${next.id}`);
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-page" data-testid="report-page">
      <div className="panel page-panel">
        <PageTitle title={report.title} />
        <Space wrap style={{ marginBottom: 12 }}>
          <ReportStatusTag status={report.status} />
          <span>Версия {report.version}</span>
          <span className="muted">изменён {formatDateTime(report.updatedAt)}</span>
          {report.newerVersionId ? <AppLink to={`/reports/${report.newerVersionId}`}>Есть новая версия</AppLink> : null}
        </Space>
        <Steps
          size="small"
          items={['Черновик', 'Рабочая группа', 'Утверждение', 'Публикация'].map((title, i) => ({
            title,
            status: i <= STEP_INDEX[report.status] ? 'finish' : i === STEP_INDEX[report.status] + 1 ? 'process' : 'wait',
          }))}
          style={{ marginBottom: 16 }}
        />
        <ReportActions
          report={report}
          busy={busy}
          onReview={() => setModal('review')}
          onApprove={() => setModal('approve')}
          onStep={(a) => void run(a)}
          onNewVersion={() => void newVersion()}
        />
        {report.canManage ? (
          <Space wrap style={{ marginTop: 12 }}>
            <Button onClick={() => setModal('recommend')} data-testid="report-recommend">
              Адресные рекомендации
            </Button>
            <AppLink to="/recommendations">Все рекомендации территории</AppLink>
          </Space>
        ) : null}
        {actionError ? (
          <Alert type="error" showIcon title={actionError} style={{ marginTop: 12 }} data-testid="report-action-error" />
        ) : null}
        {report.stale ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title="Результаты пересчитаны после формирования отчёта: числа черновика можно обновить, тексты сохранятся."
            action={
              <Button
                size="small"
                onClick={() => void run(() => reportsApi.refresh(report.id), 'Числа обновлены')}
                disabled={busy}
                data-testid="report-refresh"
              >
                Обновить данные
              </Button>
            }
          />
        ) : null}
        {report.frozen ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title="Отчёт утверждён и не изменяется: исправления вносятся в новую версию."
          />
        ) : null}
      </div>

      {REPORT_SECTIONS.map((s, i) => (
        <Card key={s.key} title={`${i + 1}. ${s.title}`} className="report-section" data-testid={`report-section-${s.key}`} size="small">
          {editable ? (
            <Input.TextArea
              value={texts[s.key] ?? ''}
              autoSize={{ minRows: 3, maxRows: 20 }}
              onChange={(e) => {
                setTexts((t) => ({ ...t, [s.key]: e.target.value }));
                setDirty(true);
              }}
              aria-label={`Текст раздела «${s.title}»`}
              data-testid={`report-text-${s.key}`}
              style={{ marginBottom: 12 }}
            />
          ) : (
            paragraphsOf(report.sections[s.key] ?? '').map((p, k) => (
              <Typography.Paragraph key={k} data-testid={`report-paragraph-${s.key}`}>
                {p}
              </Typography.Paragraph>
            ))
          )}
          <ReportSectionData
            section={s.key}
            content={report.content}
            charts={report.charts.map((c) => ({ ...c, url: reportsApi.chartUrl(report.id, c.key, report.editVersion) }))}
          />
        </Card>
      ))}
      {editable ? (
        <div className="report-save-bar">
          <Button type="primary" onClick={() => void save()} disabled={!dirty || busy} data-testid="report-save">
            Сохранить тексты
          </Button>
          {dirty ? <span className="muted">Есть несохранённые изменения</span> : null}
        </div>
      ) : null}
      <Card title="Ход рассмотрения и утверждения" size="small" className="report-section">
        <ReportStepsHistory report={report} />
      </Card>
      {modal === 'review' ? (
        <ReportReviewModal
          report={report}
          onClose={() => setModal(null)}
          onDone={(r) => {
            setModal(null);
            setData(r);
          }}
        />
      ) : null}
      {modal === 'recommend' ? (
        <RecommendationCreateModal
          reportId={report.id}
          territoryId={report.content.scope.territory.id}
          onClose={() => setModal(null)}
          onDone={(n) => {
            setModal(null);
            void message.success(`Направлено рекомендаций: ${n}`);
          }}
        />
      ) : null}
      {modal === 'approve' ? (
        <ReportApproveModal
          report={report}
          onClose={() => setModal(null)}
          onDone={(r) => {
            setModal(null);
            setData(r);
          }}
        />
      ) : null}
    </div>
  );
}
