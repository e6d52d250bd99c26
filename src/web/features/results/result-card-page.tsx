import { Empty, Flex, Select, Space, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { resultCardApi } from '../../api/result-card-api.ts';
import type { CardOrg, CardPeriod, Me, OrgCardView } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { OrgKindTag } from '../../components/org-kind-tag.tsx';
import { OutcomeText } from './outcome-text.tsx';
import { ResultCardTable } from './result-card-table.tsx';
import { ResultDynamicsChart } from './result-dynamics-chart.tsx';
import { ZoneTag } from './zone-tag.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { navigate, useLocationSearch } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatNumber, formatShare } from '../../lib/format-number.ts';
import {
  defaultChartIndicator,
  indicatorSeries,
  parseCardQuery,
  pickCardPeriod,
  placeOf,
  resultCardPath,
  scoreChange,
} from '../../lib/result-card.ts';
import { pickCatalogue, ratedCatalogues } from '../../lib/rating-selection.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';

/** Whether the user's scope covers an object whose path (root first, itself last) is `chain`. */
function sees(user: Me, chain: readonly number[]): boolean {
  if (user.role === 'admin' && user.scopeOrgId === null) return true;
  return user.scopeOrgId !== null && chain.includes(user.scopeOrgId);
}

const displayName = (o: CardOrg) => o.shortName ?? o.name;

function OrgLine({ card, catalogueId, user }: { card: OrgCardView; catalogueId: number; user: Me }) {
  const { municipality, region } = card;
  const link = (o: CardOrg, chain: number[]) =>
    sees(user, chain) ? (
      <AppLink to={resultCardPath(o.id, catalogueId)} data-testid="result-card-parent">
        {o.name}
      </AppLink>
    ) : (
      <span>{o.name}</span>
    );
  return (
    <Space size={[8, 2]} wrap className="result-card-sub">
      <OrgKindTag org={card.org} />
      {municipality && region ? link(municipality, [region.id, municipality.id]) : null}
      {region ? link(region, [region.id]) : null}
      <AppLink to={`/orgs/${card.org.id}`} className="result-card-registry">
        карточка в реестре
      </AppLink>
    </Space>
  );
}

function SummaryLine({ card, period }: { card: OrgCardView; period: CardPeriod }) {
  const summary = period.summary;
  if (!period.comparison || !summary) {
    return (
      <Typography.Text type="secondary" data-testid="result-summary">
        {period.name}: объект не участвует в рейтинге (баллы и места не рассчитаны).
      </Typography.Text>
    );
  }
  const change = scoreChange(card, period, (p) => p.summary?.score);
  const place = placeOf(summary.place);
  return (
    <Flex gap="4px 18px" wrap align="center" className="result-summary" data-testid="result-summary">
      <span className="muted">{period.name}</span>
      <span>
        Сводный балл <OutcomeText outcome={summary.score} />
        {change ? (
          <span className={`result-change result-change-${change.verdict}`}>
            {' '}
            ({change.delta >= 0 ? '+' : '−'}
            {formatNumber(Math.abs(change.delta))} к {change.since})
          </span>
        ) : null}
      </span>
      <Tooltip title={`Среди: ${period.comparison.title}`}>
        <span data-testid="result-summary-place">
          Место <b>{place ?? '—'}</b>
        </span>
      </Tooltip>
      {summary.zone ? (
        <span>
          Зона <ZoneTag zone={summary.zone} />
        </span>
      ) : (
        <span className="muted">зоны методикой не заданы</span>
      )}
      <Tooltip title={`Есть баллы: ${summary.completeness.scored} из ${summary.completeness.applicable}`}>
        <span className="muted">полнота {formatShare(summary.completeness.share)}</span>
      </Tooltip>
    </Flex>
  );
}

/** `/results/card/:orgId?catalogueId=&periodId=`: an object's results in one methodology, with dynamics. */
export function ResultCardPage({ orgId }: { orgId: number }) {
  const { user } = useSession();
  const requested = parseCardQuery(useLocationSearch());
  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const catalogueId = catalogues.data ? pickCatalogue(catalogues.data, requested.catalogueId) : null;
  const card = useAsyncData(
    (signal) => (catalogueId !== null ? resultCardApi.get(catalogueId, orgId, signal) : Promise.resolve(undefined)),
    [catalogueId, orgId],
  );
  const data = card.loading ? undefined : card.data;
  const period = data ? pickCardPeriod(data, requested.periodId) : undefined;
  const [chosen, setChosen] = useState<string | null>(null);
  const code = data ? defaultChartIndicator(data, period, chosen) : null;
  const indicator = data?.indicators.find((i) => i.code === code);
  const series = useMemo(() => (data && code ? indicatorSeries(data, code) : null), [data, code]);

  useDocumentTitle(data ? displayName(data.org) : 'Результаты');

  useEffect(() => {
    if (catalogueId !== null && catalogueId !== requested.catalogueId) {
      navigate(resultCardPath(orgId, catalogueId, requested.periodId), { replace: true });
    }
  }, [catalogueId, requested.catalogueId, requested.periodId, orgId]);

  const loadError = catalogues.error ?? card.error;
  const options = data
    ? data.directions.map((d) => ({
        label: d.name,
        title: d.name,
        options: data.indicators.filter((i) => i.directions[0] === d.code).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })),
      }))
    : [];

  return (
    <div className="result-card-page" data-testid="result-card-page">
      <div className="panel page-panel result-card-head">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div className="result-card-heading">
            <Typography.Title level={1} className="result-card-title" data-testid="result-card-title">
              {data ? displayName(data.org) : 'Результаты'}
            </Typography.Title>
            {data?.org.shortName && data.org.shortName !== data.org.name ? (
              <Typography.Text type="secondary" className="result-card-fullname">
                {data.org.name}
              </Typography.Text>
            ) : null}
            {data && catalogueId !== null ? <OrgLine card={data} catalogueId={catalogueId} user={user} /> : null}
          </div>
          <Flex gap={12} className="result-card-selectors">
            <label className="rating-selector result-catalogue-selector">
              <span className="muted">Методика</span>
              <Select
                value={catalogueId}
                loading={!catalogues.data}
                options={ratedCatalogues(catalogues.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (версия ${c.version})` }))}
                onChange={(id: number) => navigate(resultCardPath(orgId, id))}
                popupMatchSelectWidth={false}
                data-testid="result-card-catalogue"
              />
            </label>
            <label className="rating-selector result-period-selector">
              <span className="muted">Период таблицы</span>
              <Select
                value={period?.id}
                disabled={!data?.periods.length}
                options={[...(data?.periods ?? [])].reverse().map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id: number) => navigate(resultCardPath(orgId, catalogueId, id))}
                data-testid="result-card-period"
              />
            </label>
          </Flex>
        </Flex>
        {data && period ? <SummaryLine card={data} period={period} /> : null}
      </div>

      {loadError ? <ErrorAlert error={loadError} onRetry={card.error ? card.reload : catalogues.reload} /> : null}
      {data && data.periods.length === 0 ? (
        <div className="panel page-panel">
          <Empty description="По этой методике для объекта ещё нет рассчитанных результатов" data-testid="result-card-empty" />
        </div>
      ) : null}

      {data && data.notApplicable.length > 0 ? (
        <div className="panel page-panel" data-testid="result-card-not-applicable">
          <Typography.Text type="secondary">
            Не применяются к организации (не считаются и не оцениваются нулём):{' '}
            {data.notApplicable.map((n) => `${n.code} — ${n.reason}`).join('; ')}
          </Typography.Text>
        </div>
      ) : null}

      {data && period && series && indicator ? (
        <>
          <div className="panel page-panel result-chart-panel">
            <Flex align="center" gap={12} className="result-chart-toolbar">
              <Typography.Text strong>Динамика</Typography.Text>
              <Select
                value={code}
                showSearch={{ optionFilterProp: 'label' }}
                options={options}
                onChange={(next: string) => setChosen(next)}
                popupMatchSelectWidth={false}
                className="result-chart-select"
                aria-label="Показатель на графике динамики"
                data-testid="result-chart-indicator"
              />
            </Flex>
            <ResultDynamicsChart
              series={series}
              unit={unitSuffix(indicator.unit)}
              names={{
                org: displayName(data.org),
                municipality: data.municipality ? displayName(data.municipality) : null,
                region: data.region ? displayName(data.region) : null,
              }}
            />
          </div>
          <div className="panel page-panel result-table-panel">
            <Typography.Text type="secondary" className="result-table-hint">
              Показатели за {period.name}
              {period.comparison ? ` · баллы и места среди: ${period.comparison.title}` : ''} · нажмите на строку, чтобы показать её
              динамику
            </Typography.Text>
            <ResultCardTable card={data} period={period} selected={code} onSelect={setChosen} />
          </div>
        </>
      ) : null}
      {card.loading && !loadError ? <Spin className="page-spin" size="large" /> : null}
    </div>
  );
}
