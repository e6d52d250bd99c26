import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Empty, Spin, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { METHOD_LABELS, UNIT_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import { indicatorApi } from '../../api/indicator-api.ts';
import type { IndicatorPageView } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { IndicatorBoxPlot, IndicatorHistogram, IndicatorTrendChart } from './indicator-charts.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { PolarityLabel } from '../../components/polarity-label.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useLocationSearch } from '../../hooks/use-location-path.ts';
import { capitalize } from '../../lib/capitalize.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { parseIndicatorPageQuery, ratingsUrlOf } from '../../lib/indicator-page-url.ts';
import { TYPE_PLURAL_LABELS } from '../../lib/labels.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';
import { catalogueCodeHint, catalogueTitle } from '../../lib/catalogue-option.ts';

type View = IndicatorPageView;
type Ranked = View['best'][number];

const ROLL_UP_TEXT: Record<string, string> = {
  ratio: 'сумма числителей / сумма знаменателей × 100 (не среднее процентов)',
  quotient: 'сумма числителей / сумма знаменателей',
  share: 'доля организаций со значением «да», %',
  sum: 'сумма по организациям',
};

/** «школы» for `municipality:<id>:school`, «муниципалитеты» for the region's comparison. */
function objectsLabelOf(key: string): string {
  const type = key.split(':')[2] ?? '';
  if (type === 'municipalities') return 'муниципалитеты';
  return (TYPE_PLURAL_LABELS[type] ?? 'объекты').toLowerCase();
}

const scopeLabelOf = (kind: string) => (kind === 'region' ? 'Регион в целом' : 'Муниципалитет в целом');

/** `/results/indicator/<code>?catalogueId=&periodId=&key=`: one indicator across the objects of a comparison. */
export function IndicatorPage({ code }: { code: string }) {
  const params = parseIndicatorPageQuery(code, useLocationSearch());
  const { data, error, loading, reload } = useAsyncData(
    (signal) =>
      params
        ? indicatorApi.page({ catalogueId: params.catalogueId, periodId: params.periodId, key: params.key, indicator: code }, signal)
        : Promise.resolve(undefined),
    [code, params?.catalogueId, params?.periodId, params?.key],
  );

  if (!params) {
    return (
      <div className="panel page-panel">
        <PageTitle title={`Показатель ${code}`} />
        <Alert
          type="warning"
          showIcon
          title="В адресе нет методики, периода или сравнения"
          description={
            <>
              Откройте показатель из <AppLink to="/ratings">рейтинга</AppLink>: заголовок показателя в таблице ведёт на эту страницу.
            </>
          }
        />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="panel page-panel">
        <PageTitle title={`Показатель ${code}`} extra={<BackLink params={params} />} />
        {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
        {loading ? <Spin className="page-spin" size="large" /> : null}
      </div>
    );
  }
  return <IndicatorPageBody view={data} back={<BackLink params={params} />} />;
}

function BackLink({ params }: { params: { catalogueId: number; periodId: number; key: string } }) {
  return (
    <AppLink to={ratingsUrlOf(params)} className="indicator-back" data-testid="indicator-back">
      <ArrowLeftOutlined /> К рейтингу
    </AppLink>
  );
}

function IndicatorPageBody({ view, back }: { view: View; back: ReactNode }) {
  const { indicator, comparison } = view;
  const suffix = unitSuffix(indicator.unit);
  const unit = suffix ? `\u00a0${suffix}` : '';
  const scopeLabel = scopeLabelOf(comparison.scope.kind);
  const objectsLabel = objectsLabelOf(comparison.key);
  return (
    <div className="indicator-page" data-testid="indicator-page">
      <div className="panel indicator-head">
        <PageTitle title={`${indicator.code}. ${capitalize(indicator.name)}`} extra={back} />
        <div className="indicator-meta">
          <span data-testid="indicator-comparison">{comparison.title}</span>
          <span>{view.period.name}</span>
          <span className="muted">рассчитано {formatDateTime(comparison.computedAt)}</span>
        </div>
        <Definition view={view} />
      </div>
      <StatsStrip view={view} unit={unit} scopeLabel={comparison.scope.kind === 'region' ? 'Регион' : 'Муниципалитет'} />
      <div className="indicator-grid">
        <div className="panel indicator-card">
          <Typography.Title level={2} className="indicator-card-title">
            Распределение: {objectsLabel}
          </Typography.Title>
          {view.stats ? (
            <>
              <IndicatorBoxPlot view={view} unit={unit} scopeLabel={scopeLabel} />
              <div className="indicator-caption">
                Ящик — от Q1 до Q3, черта — медиана, усы — минимум и максимум; точки — объекты (
                <span className="indicator-best-text">лучшие</span>, <span className="indicator-worst-text">худшие</span>).
              </div>
              <IndicatorHistogram view={view} unit={unit} />
              {view.histogram ? <div className="indicator-caption">Гистограмма: {view.histogram.rule}.</div> : null}
            </>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Ни у одного объекта нет значения за этот период" />
          )}
        </div>
        <div className="panel indicator-card">
          <Typography.Title level={2} className="indicator-card-title">
            Динамика
          </Typography.Title>
          {view.trend.points.some((p) => p.scope !== null || p.median !== null) ? (
            <IndicatorTrendChart view={view} unit={unit} scopeLabel={scopeLabel} objectsLabel={objectsLabel} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Нет значений ни за один период" />
          )}
          <ul className="indicator-trend-reading" data-testid="indicator-trend-reading">
            <TrendLine label={scopeLabel} reading={view.trend.scope} />
            <TrendLine label={`Медиана (${objectsLabel})`} reading={view.trend.median} />
          </ul>
          <div className="indicator-caption">
            Наклон — по методу наименьших квадратов; изменение до 0,5 единицы в год считается отсутствием изменений.
            {view.trend.scopeScale === 'total'
              ? ` ${scopeLabel} — сумма по организациям, поэтому на отдельной оси.`
              : view.trend.scopeScale === 'share'
                ? ` ${scopeLabel} — доля организаций, %, поэтому на отдельной оси.`
                : ''}
          </div>
        </div>
        <div className="panel indicator-card indicator-lists">
          {indicator.polarity === 'context' ? (
            <Typography.Text type="secondary">Контекстный показатель: лучшие и худшие не определяются.</Typography.Text>
          ) : (
            <>
              <RankedList title="Лучшие" items={view.best} unit={unit} tone="best" />
              <RankedList title="Худшие" items={view.worst} unit={unit} tone="worst" />
            </>
          )}
          <WithoutValue view={view} />
        </div>
      </div>
    </div>
  );
}

function Definition({ view }: { view: View }) {
  const { indicator } = view;
  const elements = indicator.elements;
  return (
    <dl className="indicator-definition" data-testid="indicator-definition">
      <div>
        <dt>Единица</dt>
        <dd>{UNIT_LABELS[indicator.unit]}</dd>
      </div>
      <div>
        <dt>Полярность</dt>
        <dd>
          <PolarityLabel polarity={indicator.polarity} />
        </dd>
      </div>
      {indicator.inversion ? (
        <div>
          <dt>Балл «меньше — лучше»</dt>
          <dd data-testid="indicator-inversion">{indicator.inversion.text}</dd>
        </div>
      ) : null}
      <div>
        <dt>{indicator.directions.length > 1 ? 'Направления' : 'Направление'}</dt>
        <dd>
          {indicator.directions.map((d) => (
            <Tooltip key={d.code} title={d.name}>
              <Tag className="indicator-direction">
                {d.code}. {d.name}
              </Tag>
            </Tooltip>
          ))}
        </dd>
      </div>
      <div className="indicator-formula-item">
        <dt>Формула</dt>
        <dd>
          <Tooltip
            title={
              elements.length > 0 ? (
                <ul className="plain-list">
                  {elements.map((e) => (
                    <li key={e.code}>
                      <span className="mono">{e.code}</span> — {e.name}
                    </li>
                  ))}
                </ul>
              ) : null
            }
          >
            <code className="formula" data-testid="indicator-formula">
              {indicator.formula}
            </code>
          </Tooltip>
          {elements.length > 0 ? (
            <Tooltip title={elements.map((e) => capitalize(e.name)).join('; ')}>
              <span className="indicator-elements muted">{elements.map((e) => capitalize(e.name)).join('; ')}</span>
            </Tooltip>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Свод</dt>
        <dd>{indicator.rollUp ? ROLL_UP_TEXT[indicator.rollUp] : 'формула не разобрана'}</dd>
      </div>
      <div>
        <dt>Сбор</dt>
        <dd>{(METHOD_LABELS as Record<string, string>)[indicator.method] ?? indicator.method}</dd>
      </div>
      <div>
        <dt>Методика</dt>
        <dd>
          <Tooltip title={catalogueCodeHint(view.catalogue)}>
            <AppLink to={`/catalogues/${view.catalogue.id}`}>{catalogueTitle(view.catalogue)}</AppLink>
          </Tooltip>
        </dd>
      </div>
    </dl>
  );
}

function Stat({ label, value, testId, hint }: { label: string; value: ReactNode; testId: string; hint?: ReactNode }) {
  const body = (
    <div className="indicator-stat" data-testid={testId}>
      <div className="indicator-stat-label">{label}</div>
      <div className="indicator-stat-value">{value}</div>
    </div>
  );
  return hint ? <Tooltip title={hint}>{body}</Tooltip> : body;
}

function StatsStrip({ view, unit, scopeLabel }: { view: View; unit: string; scopeLabel: string }) {
  const s = view.stats;
  const v = (x: number | undefined) => (x === undefined ? '—' : `${formatNumber(x)}${unit}`);
  const without = view.distribution.without.length;
  const scopeUnit = view.trend.scopeScale === 'share' ? '\u00a0%' : unit;
  return (
    <div className="panel indicator-stats" data-testid="indicator-stats">
      <Stat label="Минимум" value={v(s?.min)} testId="indicator-stat-min" />
      <Stat label="Q1" value={v(s?.q1)} testId="indicator-stat-q1" hint="Первый квартиль (как QUARTILE.INC в Excel)" />
      <Stat label="Медиана" value={v(s?.median)} testId="indicator-stat-median" />
      <Stat label="Q3" value={v(s?.q3)} testId="indicator-stat-q3" hint="Третий квартиль (как QUARTILE.INC в Excel)" />
      <Stat label="Максимум" value={v(s?.max)} testId="indicator-stat-max" />
      <Stat label="Среднее" value={v(s?.mean)} testId="indicator-stat-mean" hint="Среднее арифметическое значений объектов" />
      <Stat label="Объектов" value={`${s?.n ?? 0} из ${view.comparison.objectCount}`} testId="indicator-stat-count" />
      <Stat
        label="Нет данных"
        value={<span className={without > 0 ? 'indicator-without' : undefined}>{without}</span>}
        testId="indicator-stat-without"
        hint={without > 0 ? view.distribution.reasons.map((r) => `${r.reason}: ${r.count}`).join('; ') : undefined}
      />
      <Stat
        label={`${scopeLabel} в целом`}
        value={
          view.scopeValue.value === null ? <span className="muted">нет данных</span> : `${formatNumber(view.scopeValue.value)}${scopeUnit}`
        }
        testId="indicator-stat-scope"
        hint={
          view.scopeValue.reason ??
          `${view.comparison.scope.name}: сводное значение (${view.indicator.rollUp ? ROLL_UP_TEXT[view.indicator.rollUp] : '—'})`
        }
      />
    </div>
  );
}

function TrendLine({ label, reading }: { label: string; reading: View['trend']['scope'] }) {
  const tone = reading.kind === 'ok' && reading.assessment ? `indicator-${reading.assessment}` : 'muted';
  return (
    <li>
      <span className="indicator-trend-label">{label}:</span> <span className={tone}>{reading.text}</span>
    </li>
  );
}

function RankedList({ title, items, unit, tone }: { title: string; items: Ranked[]; unit: string; tone: 'best' | 'worst' }) {
  return (
    <section className={`indicator-ranked indicator-ranked-${tone}`} data-testid={`indicator-${tone}`}>
      <Typography.Title level={2} className="indicator-card-title">
        {title}
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Text type="secondary">Мало объектов со значением</Typography.Text>
      ) : (
        <ol className="indicator-ranked-list">
          {items.map((o) => (
            <li key={o.id} data-testid="indicator-ranked-item">
              <span className="indicator-rank">{o.rank}</span>
              <AppLink to={`/orgs/${o.id}`} className="indicator-ranked-name" title={o.name}>
                {o.name}
              </AppLink>
              <span className="indicator-ranked-value">
                {formatNumber(o.value)}
                {unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function WithoutValue({ view }: { view: View }) {
  const { without, reasons } = view.distribution;
  if (without.length === 0) return null;
  return (
    <section className="indicator-ranked" data-testid="indicator-without">
      <Typography.Title level={2} className="indicator-card-title">
        Нет данных: {without.length}
      </Typography.Title>
      <ul className="indicator-reasons">
        {reasons.map((r) => (
          <li key={r.reason}>
            <Tooltip
              title={without
                .filter((w) => w.reason === r.reason)
                .map((w) => w.name)
                .join(', ')}
            >
              <span>
                {capitalize(r.reason)} — {r.count}
              </span>
            </Tooltip>
          </li>
        ))}
      </ul>
    </section>
  );
}
