import { Alert, Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { cycleApi, type CycleComponentView, type CycleDirectionView } from '../../api/cycle-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { CycleEvidenceDrawer } from './cycle-evidence-drawer.tsx';
import { CycleGlanceTable } from './cycle-glance-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';

/** `/cycle` («Управленческий цикл»): per direction the nine cycle components — what the system holds and how the rounds scored them. */
export function CyclePage() {
  const [scopeOrgId, setScopeOrgId] = useState<number | null>(null);
  const [frameworkId, setFrameworkId] = useState<number | null>(null);
  const [opened, setOpened] = useState<{ direction: CycleDirectionView; component: CycleComponentView } | null>(null);
  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const mechanisms = useMemo(() => (catalogues.data ?? []).filter((c) => c.kind === 'mechanisms'), [catalogues.data]);
  const cycle = useAsyncData(
    async (signal) => (scopeOrgId && frameworkId ? cycleApi.get(scopeOrgId, frameworkId, signal) : null),
    [scopeOrgId, frameworkId],
  );

  useEffect(() => {
    if (frameworkId === null && mechanisms[0]) setFrameworkId(mechanisms[0].id);
  }, [mechanisms, frameworkId]);

  const view = cycle.data;
  return (
    <Flex vertical gap={12} data-testid="cycle-page">
      <div className="panel page-panel" style={{ padding: '12px 20px 14px' }}>
        <PageTitle title="Управленческий цикл" />
        <Flex wrap gap={12} align="center" style={{ marginTop: -6 }}>
          <Flex align="center" gap={6} style={{ width: 420 }}>
            <Typography.Text type="secondary">Территория:</Typography.Text>
            <CampaignTerritorySelect
              value={scopeOrgId}
              onChange={setScopeOrgId}
              prefer="scope"
              testId="cycle-territory"
              style={{ flex: 1, minWidth: 0 }}
            />
          </Flex>
          <Flex align="center" gap={6} style={{ flex: 1, minWidth: 360 }}>
            <Typography.Text type="secondary">Методика:</Typography.Text>
            <Select<number>
              value={frameworkId ?? undefined}
              loading={catalogues.loading}
              onChange={setFrameworkId}
              options={mechanisms.map((c) => ({ value: c.id, label: `${c.name} (v${c.version})` }))}
              placeholder="Методика механизмов управления"
              aria-label="Методика механизмов управления"
              data-testid="cycle-framework"
              style={{ flex: 1, minWidth: 0 }}
            />
          </Flex>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
          Полный управленческий цикл направления — девять компонентов в трёх блоках. Зелёный — в системе есть то, что формирует компонент
          (цели и показатели в методиках, методы сбора, кампании и рассчитанные значения); серый — нет. С — степень сформированности по
          последней самооценке территории, Э — по последней экспертной оценке. Нажмите на компонент, чтобы увидеть подтверждения.
        </Typography.Paragraph>
        {view ? (
          <Flex wrap gap="2px 20px" style={{ marginTop: 6, fontSize: 13 }} data-testid="cycle-rounds">
            <span>
              <Typography.Text type="secondary">Самооценка: </Typography.Text>
              {view.selfRound ? (
                <AppLink to={`/scoring/${view.selfRound.id}`}>{view.selfRound.name}</AppLink>
              ) : (
                <span className="muted">не проводилась</span>
              )}
            </span>
            <span>
              <Typography.Text type="secondary">Экспертная оценка: </Typography.Text>
              {view.expertRound ? (
                <AppLink to={`/scoring/${view.expertRound.id}`} data-testid="cycle-expert-round">
                  {view.expertRound.name}
                </AppLink>
              ) : (
                <span className="muted">не проводилась</span>
              )}
            </span>
          </Flex>
        ) : null}
      </div>
      <div className="panel page-panel" style={{ padding: '10px 12px' }}>
        {catalogues.error ? <ErrorAlert error={catalogues.error} onRetry={catalogues.reload} /> : null}
        {cycle.error ? <ErrorAlert error={cycle.error} onRetry={cycle.reload} /> : null}
        {!catalogues.loading && mechanisms.length === 0 ? (
          <Alert type="info" showIcon title="В системе нет методики механизмов управления" />
        ) : null}
        {cycle.loading && !view ? <Spin className="page-spin" size="large" /> : null}
        {view ? (
          <Spin spinning={cycle.loading}>
            <CycleGlanceTable directions={view.directions} onOpen={(direction, component) => setOpened({ direction, component })} />
          </Spin>
        ) : null}
      </div>
      <CycleEvidenceDrawer target={opened} onClose={() => setOpened(null)} />
    </Flex>
  );
}
