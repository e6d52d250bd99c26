import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { stageState, type CyclogramStage } from '../../../domain/collection/cyclogram.ts';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { cyclogramApi } from '../../api/cyclogram-api.ts';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { CyclogramStagesTable, type StageRow } from './cyclogram-stages-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { defaultMonitoringYear, monitoringYearOptions, stageIssues, unreadableDates } from '../../lib/campaign-cyclogram.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';

const plain = ({ code, name, startsOn, endsOn, responsible, completedOn }: CyclogramStage): CyclogramStage => ({
  code,
  name,
  startsOn,
  endsOn,
  responsible,
  completedOn,
});

/** `/cyclogram`: the plan of a monitoring year of a territory (four stages); operators edit and save it. */
export function CyclogramPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [scopeOrgId, setScopeOrgId] = useState<number | null>(null);
  const [year, setYear] = useState(() => defaultMonitoringYear(new Date()));
  const [stages, setStages] = useState<StageRow[]>([]);
  const [issues, setIssues] = useState<Map<string, string>>(new Map());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);

  const view = useAsyncData(
    (signal) => (scopeOrgId === null ? Promise.resolve(undefined) : cyclogramApi.get(scopeOrgId, year, signal)),
    [scopeOrgId, year],
  );
  useEffect(() => {
    if (!view.data) return;
    setStages(view.data.stages);
    setIssues(new Map());
    setSaveError(null);
    setDirty(false);
  }, [view.data]);

  const change = (index: number, patch: Partial<CyclogramStage>): void => {
    const today = isoToday();
    setStages((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch, state: stageState({ ...r, ...patch }, today) } : r)));
    setDirty(true);
  };

  const save = async (): Promise<void> => {
    if (scopeOrgId === null) return;
    const unreadable = unreadableDates(stages);
    if (unreadable.size) {
      setIssues(unreadable);
      setSaveError('Даты указываются как дд.мм.гггг: исправьте отмеченные ячейки.');
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      view.setData(await cyclogramApi.save({ scopeOrgId, year, stages: stages.map(plain) }));
      void message.success('Циклограмма сохранена');
    } catch (error) {
      setSaveError(errorMessage(error));
      setIssues(error instanceof ApiError ? stageIssues(error.details) : new Map());
    } finally {
      setSaving(false);
    }
  };

  const cyclogram = view.data;
  const editable = operator && !(view.error instanceof ApiError);
  return (
    <div className="panel page-panel" data-testid="cyclogram-page">
      <PageTitle
        title="Циклограмма мониторинга"
        extra={
          editable && cyclogram ? (
            <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="cyclogram-save">
              Сохранить
            </Button>
          ) : null
        }
      />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">Территория:</Typography.Text>
        <CampaignTerritorySelect
          value={scopeOrgId}
          onChange={setScopeOrgId}
          prefer="municipality"
          testId="cyclogram-territory"
          style={{ width: 400 }}
        />
        <Typography.Text type="secondary">Год мониторинга:</Typography.Text>
        <Select<number>
          value={year}
          onChange={setYear}
          options={monitoringYearOptions(defaultMonitoringYear(new Date())).map((y) => ({
            value: y,
            label: `${y} (дек. ${y - 1} — апр. ${y})`,
          }))}
          style={{ width: 270 }}
          aria-label="Год мониторинга"
          data-testid="cyclogram-year"
        />
        {dirty ? <Typography.Text type="warning">Есть несохранённые изменения</Typography.Text> : null}
      </Flex>
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : null}
      {cyclogram && !cyclogram.saved ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <>
              <b>План по умолчанию (из методики).</b> Для «{cyclogram.scopeName}» на {year} год циклограмма ещё не сохранена
              {operator ? ': измените даты и ответственных и сохраните её.' : '.'}
            </>
          }
          data-testid="cyclogram-default"
        />
      ) : null}
      {saveError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="Циклограмма не сохранена"
          description={saveError}
          data-testid="cyclogram-error"
        />
      ) : null}
      {cyclogram ? <CyclogramStagesTable stages={stages} editable={editable} issues={issues} onChange={change} /> : null}
      {view.loading && !view.error ? <Spin className="page-spin" size="large" /> : null}
    </div>
  );
}
