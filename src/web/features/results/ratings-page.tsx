import { MISSING_RULE_TEXT } from '../../../domain/rating/rating-rules.ts';
import { Alert, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { ratingsApi } from '../../api/ratings-api.ts';
import type { ClusterChoice, RatingScope } from '../../api/ratings-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ExplainDrawer } from './explain-drawer.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { RatingClusterSelectors } from './rating-cluster-selectors.tsx';
import { RatingExportButton } from './rating-export-button.tsx';
import { RatingPublishButton } from './rating-publish-button.tsx';
import { RatingSelectors } from './rating-selectors.tsx';
import { RatingTable } from './rating-table.tsx';
import { RecomputeButton } from './recompute-button.tsx';
import { ResultsReadinessNote } from './results-readiness-note.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate, useLocationSearch } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { RATING_COMPUTE_ROLES } from '../../lib/labels.ts';
import {
  parseRatingQuery,
  pickCatalogue,
  pickCluster,
  pickComparison,
  pickPeriod,
  ratedCatalogues,
  ratingQuery,
} from '../../lib/rating-selection.ts';
import type { RatingSelection } from '../../lib/rating-selection.ts';
import type { RatingTarget } from '../../lib/rating-target.ts';

/**
 * `/ratings`: the computed ratings of a methodology and period, one comparison at a time, whole or
 * within one cluster (?catalogue=&period=&key=&clustering=&cluster=).
 */
export function RatingsPage() {
  const { user } = useSession();
  const requested = parseRatingQuery(useLocationSearch());
  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const periods = useAsyncData((signal) => periodsApi.list(signal), []);
  const [computed, setComputed] = useState(0);
  const [target, setTarget] = useState<RatingTarget | null>(null);

  const catalogueId = catalogues.data ? pickCatalogue(catalogues.data, requested.catalogueId) : null;
  const periodId = periods.data ? pickPeriod(periods.data, requested.periodId) : null;
  const scope = useMemo<RatingScope | null>(
    () => (catalogueId !== null && periodId !== null ? { catalogueId, periodId } : null),
    [catalogueId, periodId],
  );
  const comparisons = useAsyncData((signal) => (scope ? ratingsApi.list(scope, signal) : Promise.resolve(undefined)), [scope, computed]);
  const items = comparisons.loading ? undefined : comparisons.data;
  const key = items ? pickComparison(items, requested.key) : null;
  // The clusterings are tagged with the comparison they belong to: right after a change of comparison
  // the previous answer must not count (it would drop the requested cluster from the URL).
  const tag = scope && key !== null ? `${scope.catalogueId}|${scope.periodId}|${key}` : null;
  const clusterings = useAsyncData(
    (signal) =>
      scope && key !== null
        ? ratingsApi.clusters(scope, key, signal).then(
            (result) => ({ tag, result, error: null as unknown }),
            (error: unknown) => ({ tag, result: undefined, error }),
          )
        : Promise.resolve(undefined),
    [scope, key, computed],
  );
  const clustersNow = clusterings.data?.tag === tag ? clusterings.data : undefined;
  // Until the clusterings are known, the requested cluster is kept as asked (and the rating waits for it).
  const clustersSettled = key === null || clustersNow !== undefined;
  const picked = clustersSettled
    ? pickCluster(clustersNow?.result, requested.clustering, requested.cluster)
    : { clustering: requested.clustering ?? null, cluster: requested.cluster ?? null };
  const within = useMemo<ClusterChoice | null>(
    () => (picked.clustering && picked.cluster ? { clustering: picked.clustering, cluster: picked.cluster } : null),
    [picked.clustering, picked.cluster],
  );
  const waitForClusters = within !== null && !clustersSettled;
  const view = useAsyncData(
    (signal) => (scope && key !== null && !waitForClusters ? ratingsApi.view(scope, key, within, signal) : Promise.resolve(undefined)),
    [scope, key, within, waitForClusters, computed],
  );

  const resolvedQuery = items && clustersSettled ? ratingQuery({ catalogueId, periodId, key, ...picked }) : null;
  useEffect(() => {
    if (resolvedQuery !== null && resolvedQuery !== window.location.search) navigate(`/ratings${resolvedQuery}`, { replace: true });
  }, [resolvedQuery]);

  // Another methodology, period or comparison starts without a cluster.
  const select = (next: RatingSelection): void => {
    const same = next.catalogueId === catalogueId && next.periodId === periodId && next.key === key;
    navigate(`/ratings${ratingQuery(same ? next : { ...next, clustering: null, cluster: null })}`);
  };
  const explain = useCallback((t: RatingTarget) => setTarget(t), []);
  const recompute =
    scope && RATING_COMPUTE_ROLES.has(user.role)
      ? (primary: boolean) => <RecomputeButton scope={scope} primary={primary} onDone={() => setComputed((n) => n + 1)} />
      : null;
  const loadError = catalogues.error ?? periods.error ?? comparisons.error;
  // No methodology or period to choose, or nothing computed: say what is missing and who computes.
  const nothingToShow = (catalogues.data !== undefined && periods.data !== undefined && scope === null) || items?.length === 0;
  const readiness = useAsyncData(
    (signal) =>
      nothingToShow
        ? ratingsApi.readiness({ ...(catalogueId !== null ? { catalogueId } : {}), ...(periodId !== null ? { periodId } : {}) }, signal)
        : Promise.resolve(undefined),
    [nothingToShow, catalogueId, periodId, computed],
  );
  const content = view.loading || key === null || waitForClusters ? undefined : view.data?.content;
  const cluster = view.data?.cluster;

  return (
    <div className="ratings-page" data-testid="ratings-page">
      <div className="panel page-panel">
        <PageTitle
          title="Рейтинги"
          extra={
            <Space>
              {scope && key !== null && content ? <RatingExportButton scope={scope} comparisonKey={key} within={within} /> : null}
              {scope && key !== null && content && !within ? <RatingPublishButton scope={scope} comparisonKey={key} /> : null}
              {items?.length ? recompute?.(false) : null}
            </Space>
          }
        />
        {loadError ? <ErrorAlert error={loadError} onRetry={comparisons.error ? comparisons.reload : catalogues.reload} /> : null}
        <RatingSelectors
          catalogues={ratedCatalogues(catalogues.data ?? [])}
          periods={periods.data ?? []}
          comparisons={items}
          selection={{ catalogueId, periodId, key, ...picked }}
          onChange={select}
        />
        {key !== null ? (
          <RatingClusterSelectors
            view={clustersNow?.result}
            clustering={picked.clustering}
            cluster={picked.cluster}
            onChange={(next) => select({ catalogueId, periodId, key, ...next })}
          />
        ) : null}
      </div>
      {nothingToShow ? (
        <div className="panel page-panel" data-testid="ratings-empty">
          {readiness.data ? (
            <ResultsReadinessNote
              readiness={readiness.data}
              catalogueId={catalogueId}
              periodId={periodId}
              recompute={scope && readiness.data.steps.length === 0 ? recompute?.(true) : undefined}
            />
          ) : null}
          {readiness.error ? <ErrorAlert error={readiness.error} onRetry={readiness.reload} /> : null}
          {readiness.loading ? <Spin className="page-spin" size="large" /> : null}
        </div>
      ) : null}
      {items?.length ? (
        <div className="panel page-panel rating-panel">
          {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : null}
          {clustersNow?.error ? <ErrorAlert error={clustersNow.error} onRetry={clusterings.reload} /> : null}
          {content && view.data ? (
            <>
              <div className="rating-heading">
                <Typography.Title level={2} className="rating-title" data-testid="rating-title">
                  {view.data.title}
                </Typography.Title>
                <Typography.Text type="secondary">
                  Рассчитано {formatDateTime(view.data.computedAt)}
                  {content.zoneYear ? ` · пороги зон ${content.zoneYear} г.` : ''}
                  {content.rating.missingRule === 'zero' ? ' · показатель без данных — 0 баллов (как в методике)' : ''} · нажмите на балл
                  или место, чтобы увидеть расчёт
                </Typography.Text>
              </div>
              {content.rating.missingRule === 'exclude' ? (
                <Alert
                  type="warning"
                  showIcon
                  className="rating-cluster-note"
                  data-testid="rating-missing-rule"
                  title={MISSING_RULE_TEXT.exclude}
                />
              ) : null}
              {cluster ? (
                <Alert
                  type="info"
                  showIcon
                  className="rating-cluster-note"
                  data-testid="rating-cluster-note"
                  title={
                    `Рейтинг внутри кластера: ${cluster.clusteringLabel} — ${cluster.label} (${cluster.members} из ${cluster.of}). ` +
                    'Баллы, места и зоны пересчитаны среди объектов кластера: лучшее значение показателя в нём даёт 100 баллов.'
                  }
                />
              ) : null}
              <RatingTable content={content} onExplain={explain} />
              {scope ? <ExplainDrawer target={target} content={content} scope={scope} onClose={() => setTarget(null)} /> : null}
            </>
          ) : null}
          {view.loading ? <Spin className="page-spin" size="large" /> : null}
        </div>
      ) : null}
      {comparisons.loading && !loadError ? <Spin className="page-spin" size="large" /> : null}
    </div>
  );
}
