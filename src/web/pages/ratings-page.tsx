import { Empty, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { cataloguesApi } from '../api/catalogues-api.ts';
import { periodsApi } from '../api/periods-api.ts';
import { ratingsApi } from '../api/ratings-api.ts';
import type { RatingScope } from '../api/ratings-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ExplainDrawer } from '../components/explain-drawer.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { RatingSelectors } from '../components/rating-selectors.tsx';
import { RatingTable } from '../components/rating-table.tsx';
import { RecomputeButton } from '../components/recompute-button.tsx';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { navigate, useLocationSearch } from '../hooks/use-location-path.ts';
import { useSession } from '../hooks/use-session.ts';
import { formatDateTime } from '../lib/format-date.ts';
import { RATING_COMPUTE_ROLES } from '../lib/labels.ts';
import { parseRatingQuery, pickCatalogue, pickComparison, pickPeriod, ratedCatalogues, ratingQuery } from '../lib/rating-selection.ts';
import type { RatingSelection } from '../lib/rating-selection.ts';
import type { RatingTarget } from '../lib/rating-target.ts';

/** `/ratings`: the computed ratings of a methodology and period, one comparison at a time (?catalogue=&period=&key=). */
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
  const view = useAsyncData(
    (signal) => (scope && key !== null ? ratingsApi.view(scope, key, signal) : Promise.resolve(undefined)),
    [scope, key, computed],
  );

  const resolvedQuery = items ? ratingQuery({ catalogueId, periodId, key }) : null;
  useEffect(() => {
    if (resolvedQuery !== null && resolvedQuery !== window.location.search) navigate(`/ratings${resolvedQuery}`, { replace: true });
  }, [resolvedQuery]);

  const select = (next: RatingSelection): void => navigate(`/ratings${ratingQuery(next)}`);
  const explain = useCallback((t: RatingTarget) => setTarget(t), []);
  const recompute =
    scope && RATING_COMPUTE_ROLES.has(user.role)
      ? (primary: boolean) => <RecomputeButton scope={scope} primary={primary} onDone={() => setComputed((n) => n + 1)} />
      : null;
  const loadError = catalogues.error ?? periods.error ?? comparisons.error;
  const content = view.loading || key === null ? undefined : view.data?.content;

  return (
    <div className="ratings-page" data-testid="ratings-page">
      <div className="panel page-panel">
        <PageTitle title="Рейтинги" extra={items?.length ? recompute?.(false) : null} />
        {loadError ? <ErrorAlert error={loadError} onRetry={comparisons.error ? comparisons.reload : catalogues.reload} /> : null}
        <RatingSelectors
          catalogues={ratedCatalogues(catalogues.data ?? [])}
          periods={periods.data ?? []}
          comparisons={items}
          selection={{ catalogueId, periodId, key }}
          onChange={select}
        />
      </div>
      {catalogues.data && periods.data && scope === null ? (
        <div className="panel page-panel">
          <Empty description="Нет методик с показателями или отчётных периодов" />
        </div>
      ) : null}
      {items?.length === 0 ? (
        <div className="panel page-panel">
          <Empty description="Рейтинги ещё не рассчитаны" data-testid="ratings-empty">
            {recompute ? (
              recompute(true)
            ) : (
              <Typography.Text type="secondary">Расчёт выполняют администратор и региональный оператор.</Typography.Text>
            )}
          </Empty>
        </div>
      ) : null}
      {items?.length ? (
        <div className="panel page-panel rating-panel">
          {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : null}
          {content && view.data ? (
            <>
              <div className="rating-heading">
                <Typography.Title level={5} className="rating-title" data-testid="rating-title">
                  {view.data.title}
                </Typography.Title>
                <Typography.Text type="secondary">
                  Рассчитано {formatDateTime(view.data.computedAt)}
                  {content.zoneYear ? ` · пороги зон ${content.zoneYear} г.` : ''} · нажмите на балл или место, чтобы увидеть расчёт
                </Typography.Text>
              </div>
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
