import { FileTextOutlined, RightCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { managementApi, type EffectivenessView } from '../../api/management-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { ratingsApi } from '../../api/ratings-api.ts';
import { RecomputeButton } from '../results/recompute-button.tsx';
import { ResultsReadinessNote } from '../results/results-readiness-note.tsx';
import { ActionEffectTable, VERDICT_COLORS } from './action-effect-table.tsx';
import { AppLink } from '../../components/app-link.tsx';
import { CycleSubjectSelect, type CycleSubject, type FrameworkPreference } from './cycle-subject-select.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { EFFECT_VERDICT_NAMES } from '../../../domain/cycle/effectiveness.ts';
import { actionLabel } from '../../../domain/cycle/effectiveness-text.ts';
import { MEASURE_STATUS_NAMES } from '../../../domain/cycle/management.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';
import { formatDate } from '../../lib/format-date.ts';
import { RATING_COMPUTE_ROLES } from '../../lib/labels.ts';
import { firstComputed } from '../../lib/last-computed.ts';
import { pickPeriod } from '../../lib/rating-selection.ts';

/** The cycle the goals are set for: the school year after the analysis period's. */
function nextCycleName(period: string): string {
  const m = /(\d{4})\/(\d{4})/.exec(period);
  if (m) return `${Number(m[1]) + 1}/${Number(m[2]) + 1} учебный год`;
  const y = /(\d{4})/.exec(period);
  return y ? `${Number(y[1]) + 1} год` : '';
}

/** `/effectiveness`: the analysis of effectiveness of a direction's measures and decisions, and the next cycle's goals. */
export function EffectivenessPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);
  const initialDirection = new URLSearchParams(window.location.search).get('direction');
  const [subject, setSubject] = useState<CycleSubject>({ territoryId: null, frameworkId: null, directionCode: initialDirection });
  const [periodId, setPeriodId] = useState<number | undefined>();
  const { territoryId, frameworkId, directionCode } = subject;
  const data = useAsyncData(
    (signal) =>
      territoryId && frameworkId && directionCode
        ? managementApi.effectiveness({ territoryId, frameworkId, directionCode, ...(periodId ? { periodId } : {}) }, signal)
        : Promise.resolve(undefined),
    [territoryId, frameworkId, directionCode, periodId],
  );
  const view = data.data;
  // Opens on a methodology that has results; where none has, says who computes them.
  const readiness = useAsyncData((signal) => ratingsApi.readiness({}, signal), []);
  const preferFramework = useMemo<FrameworkPreference>(
    () => ({
      ready: !readiness.loading,
      pick: (ids) => (readiness.data ? firstComputed(ids, readiness.data) : null),
    }),
    [readiness.loading, readiness.data],
  );
  const notComputed = data.error instanceof ApiError && data.error.code === 'results_not_computed';
  const periods = useAsyncData((signal) => (notComputed ? periodsApi.list(signal) : Promise.resolve(undefined)), [notComputed]);
  const computePeriodId = periods.data ? pickPeriod(periods.data, null) : null;
  const [conclusions, setConclusions] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [problems, setProblems] = useState('');
  const [cycle, setCycle] = useState('');
  const { saving, error, run } = useSubmit();

  useEffect(() => {
    if (!view) return;
    setConclusions(view.analysis?.conclusions ?? {});
    setSummary(view.analysis?.summary ?? '');
    setProblems((view.analysis?.problems ?? []).join('\n'));
    setCycle(nextCycleName(view.period.name));
  }, [view]);

  const apply = (next: EffectivenessView, done: string) => {
    data.setData(next);
    void message.success(done);
  };
  const save = async () => {
    if (!view || !territoryId) return;
    const next = await run(() =>
      managementApi.saveEffectiveness({
        territoryId,
        frameworkId: view.framework.id,
        directionCode: view.direction.code,
        periodId: view.period.id,
        conclusions,
        summary,
        problems: problems.split('\n'),
        ...(view.analysis ? { version: view.analysis.version } : {}),
      }),
    );
    if (next) apply(next, 'Анализ сохранён');
  };
  const startNext = async () => {
    if (!view?.analysis) return;
    const next = await run(() => managementApi.nextCycle(view.analysis!.id, cycle));
    if (next) apply(next, 'Цели следующего цикла поставлены');
  };
  const report = async () => {
    if (!view?.analysis) return;
    const done = await run(() => managementApi.effectivenessReport(view.analysis!.id));
    if (done) navigate(`/reports/${done.reportId}`);
  };
  const savedProblems = view?.analysis?.problems ?? [];

  return (
    <Flex vertical gap={12} data-testid="effectiveness-page">
      <div className="panel page-panel">
        <PageTitle title="Анализ эффективности принятых мер" />
        <CycleSubjectSelect value={subject} onChange={setSubject} requireDirection preferFramework={preferFramework} testId="effect" />
        {view ? (
          <Space wrap style={{ marginTop: 12 }}>
            <span>Период анализа:</span>
            <Select<number>
              value={view.period.id}
              onChange={setPeriodId}
              aria-label="Период анализа"
              options={view.periodOptions.map((p) => ({ value: p.id, label: p.name }))}
              style={{ width: 260 }}
              classNames={{ popup: { root: 'effect-period-popup' } }}
              data-testid="effect-period"
            />
          </Space>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }} data-testid="effect-rule">
          {view?.rule}
        </Typography.Paragraph>
        {data.error && !notComputed ? <ErrorAlert error={data.error} onRetry={data.reload} /> : null}
        {error ? <Alert type="error" showIcon title={error} data-testid="effect-error" /> : null}
      </div>

      {notComputed && readiness.data ? (
        <div className="panel page-panel" data-testid="effect-not-computed">
          <ResultsReadinessNote
            readiness={readiness.data}
            catalogueId={frameworkId}
            periodId={computePeriodId}
            title={errorMessage(data.error)}
            recompute={
              frameworkId && computePeriodId && RATING_COMPUTE_ROLES.has(user.role) ? (
                <RecomputeButton
                  scope={{ catalogueId: frameworkId, periodId: computePeriodId }}
                  primary
                  onDone={() => {
                    readiness.reload();
                    data.reload();
                  }}
                />
              ) : undefined
            }
          />
        </div>
      ) : null}

      {view && view.actions.length === 0 ? (
        <div className="panel page-panel">
          <Empty description="Мероприятий и решений по направлению не записано">
            <AppLink to="/roadmap">Дорожная карта</AppLink>
          </Empty>
        </div>
      ) : null}
      {view?.actions.map((a) => (
        <Card
          key={a.id}
          size="small"
          data-testid={`effect-action-${a.id}`}
          title={`${actionLabel(a)}: ${a.title}`}
          extra={
            <Tag color={VERDICT_COLORS[a.verdict]} data-testid={`effect-verdict-${a.id}`}>
              {EFFECT_VERDICT_NAMES[a.verdict]}
            </Tag>
          }
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {formatDate(a.startsOn)} — {formatDate(a.deadline)}, {MEASURE_STATUS_NAMES[a.status].toLowerCase()}; ответственный:{' '}
            {a.responsible}. Целевые организации: {a.targeted.map((o) => o.name).join(', ')}; сопоставимых нецелевых: {a.comparableCount}.
          </Typography.Paragraph>
          <ActionEffectTable action={a} />
          <Input.TextArea
            style={{ marginTop: 8 }}
            placeholder="Вывод по мере"
            aria-label={`Вывод по мере «${a.title}»`}
            value={conclusions[String(a.id)] ?? ''}
            onChange={(e) => setConclusions((c) => ({ ...c, [String(a.id)]: e.target.value }))}
            readOnly={!operator}
            autoSize={{ minRows: 2, maxRows: 8 }}
            data-testid={`effect-conclusion-${a.id}`}
          />
        </Card>
      ))}

      {view && view.actions.length ? (
        <div className="panel page-panel">
          <Typography.Title level={2}>Вывод о достижении цели и проблемы нового цикла</Typography.Title>
          <Input.TextArea
            placeholder="Общий вывод: достигнута ли цель направления, решены ли задачи"
            aria-label="Общий вывод о достижении цели"
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            readOnly={!operator}
            autoSize={{ minRows: 3, maxRows: 10 }}
            data-testid="effect-summary"
          />
          <Typography.Paragraph style={{ margin: '12px 0 4px' }}>
            Проблемы (каждая с новой строки) — из них ставятся цели следующего цикла:
          </Typography.Paragraph>
          <Input.TextArea
            aria-label="Проблемы нового цикла, каждая с новой строки"
            value={problems}
            onChange={(e) => setProblems(e.target.value)}
            readOnly={!operator}
            autoSize={{ minRows: 3, maxRows: 10 }}
            data-testid="effect-problems"
          />
          {operator ? (
            <Space wrap style={{ marginTop: 12 }}>
              <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="effect-save">
                Сохранить анализ
              </Button>
              <Button
                icon={<FileTextOutlined />}
                disabled={!view.analysis}
                loading={saving}
                onClick={() => void report()}
                data-testid="effect-report"
              >
                Сформировать аналитический отчёт
              </Button>
              {view.analysis?.reportId ? <AppLink to={`/reports/${view.analysis.reportId}`}>Последний отчёт</AppLink> : null}
            </Space>
          ) : null}
          {operator && savedProblems.length ? (
            <Space wrap style={{ marginTop: 12 }}>
              <span>Цели на цикл:</span>
              <Input
                aria-label="Цели на цикл"
                value={cycle}
                onChange={(e) => setCycle(e.target.value)}
                style={{ width: 240 }}
                data-testid="effect-cycle"
              />
              <Button icon={<RightCircleOutlined />} loading={saving} onClick={() => void startNext()} data-testid="effect-next-cycle">
                Начать следующий цикл: поставить цели из проблем
              </Button>
            </Space>
          ) : null}
          {view.goals.length ? (
            <div style={{ marginTop: 12 }} data-testid="effect-goals">
              <Typography.Text strong>Цели следующего цикла</Typography.Text>
              <ul>
                {view.goals.map((g) => (
                  <li key={g.id}>
                    {g.cycle}: {g.text}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </Flex>
  );
}
