import { Alert, Spin, Typography } from 'antd';
import { ratingsApi } from '../../api/ratings-api.ts';
import type { RatingScope } from '../../api/ratings-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ValueExplanation } from './value-explanation.tsx';

interface IndicatorValueExplanationProps {
  scope: RatingScope;
  orgId: number;
  indicator: string;
}

/** Fetches and shows how one indicator value of one object was computed. */
export function IndicatorValueExplanation({ scope, orgId, indicator }: IndicatorValueExplanationProps) {
  const { data, error, loading, reload } = useAsyncData(
    (signal) => ratingsApi.explain(scope, orgId, indicator, signal),
    [scope.catalogueId, scope.periodId, orgId, indicator],
  );
  return (
    <section className="explain-section" data-testid="explain-value">
      <Typography.Title level={2} className="section-title">
        Как получено значение
      </Typography.Title>
      {error ? <ErrorAlert error={error} title="Не удалось получить расчёт значения" onRetry={reload} /> : null}
      {loading ? <Spin className="page-spin" /> : null}
      {data && !loading ? (
        <>
          {data.outcome !== 'ok' && data.reason ? (
            <Typography.Paragraph type="secondary">
              {data.outcome === 'missing' ? 'Нет данных' : 'Не рассчитан'}: {data.reason}
            </Typography.Paragraph>
          ) : null}
          {data.stale ? (
            <Alert
              type="warning"
              showIcon
              className="explain-stale"
              title="Данные изменились после расчёта: ниже расчёт по текущим данным. Пересчитайте результаты, чтобы значение в рейтинге совпало."
            />
          ) : null}
          <ValueExplanation explanation={data.explanation} inputs={data.inputs} objectNames={data.objectNames} />
        </>
      ) : null}
    </section>
  );
}
