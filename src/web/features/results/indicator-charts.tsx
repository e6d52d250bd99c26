import { BarChart, BoxplotChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { IndicatorPageView } from '../../api/types.ts';
import { EChart } from '../../components/echart.tsx';
import { escapeHtml } from '../../lib/escape-html.ts';
import { formatNumber } from '../../lib/format-number.ts';

echarts.use([
  BoxplotChart,
  ScatterChart,
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

const BLUE = '#1677ff';
const GREEN = '#389e0d';
const RED = '#cf1322';
const ORANGE = '#d46b08';
const GREY = 'rgba(0, 0, 0, 0.45)';

const fmt = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value));

type View = IndicatorPageView;

/** Horizontal box plot (whiskers at min and max) over the objects, each object a point; the scope's value as a line. */
export function IndicatorBoxPlot({ view, unit, scopeLabel }: { view: View; unit: string; scopeLabel: string }) {
  const { stats, distribution, best, worst } = view;
  if (!stats) return null;
  const bestIds = new Set(best.map((b) => b.id));
  const worstIds = new Set(worst.map((w) => w.id));
  // Equal values are spread up and down so that every object stays visible.
  const seen = new Map<number, number>();
  const points = distribution.values.map((v) => {
    const k = seen.get(v.value) ?? 0;
    seen.set(v.value, k + 1);
    const offset = k === 0 ? 0 : (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2) * 7;
    const color = bestIds.has(v.id) ? GREEN : worstIds.has(v.id) ? RED : BLUE;
    return { name: v.name, value: [v.value, 1], symbolOffset: [0, offset], itemStyle: { color } };
  });
  const scope = view.trend.scopeScale === 'same' ? view.scopeValue.value : null;
  const option: EChartsCoreOption = {
    animation: false,
    grid: { left: 70, right: 24, top: 24, bottom: 26 },
    tooltip: { trigger: 'item', confine: true, className: 'chart-tooltip' },
    xAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: (v: number) => formatNumber(v) },
      splitLine: { lineStyle: { color: '#eef0f4' } },
    },
    yAxis: { type: 'category', data: ['квартили', 'объекты'], axisTick: { show: false }, axisLabel: { color: GREY } },
    series: [
      {
        type: 'boxplot',
        data: [[stats.min, stats.q1, stats.median, stats.q3, stats.max]],
        boxWidth: [20, 34],
        itemStyle: { color: '#e6f0ff', borderColor: BLUE, borderWidth: 1.5 },
        tooltip: {
          formatter: () =>
            [
              `максимум: ${fmt(stats.max)}${escapeHtml(unit)}`,
              `Q3: ${fmt(stats.q3)}${escapeHtml(unit)}`,
              `медиана: ${fmt(stats.median)}${escapeHtml(unit)}`,
              `Q1: ${fmt(stats.q1)}${escapeHtml(unit)}`,
              `минимум: ${fmt(stats.min)}${escapeHtml(unit)}`,
            ].join('<br/>'),
        },
      },
      {
        type: 'scatter',
        data: points,
        symbolSize: 9,
        itemStyle: { opacity: 0.85 },
        tooltip: {
          formatter: (p: { name: string; value: [number, number] }) =>
            `${escapeHtml(p.name)}: <b>${fmt(p.value[0])}${escapeHtml(unit)}</b>`,
        },
        ...(scope !== null
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: ORANGE, type: 'dashed', width: 1.5 },
                label: { formatter: `${scopeLabel}: ${fmt(scope)}${unit}`, color: ORANGE, position: 'end', distance: 2, fontSize: 11 },
                data: [{ xAxis: scope }],
              },
            }
          : {}),
      },
    ],
  };
  return (
    <EChart
      option={option}
      dataKey={JSON.stringify([stats, points, scope, unit])}
      className="indicator-chart indicator-boxplot"
      testId="indicator-boxplot"
      label="Диаграмма размаха значений показателя"
    />
  );
}

/** Histogram of the values: Sturges bins (the rule is stated under the chart). */
export function IndicatorHistogram({ view, unit }: { view: View; unit: string }) {
  const histogram = view.histogram;
  if (!histogram) return null;
  const label = (b: { from: number; to: number }) => (b.from === b.to ? fmt(b.from) : `${fmt(b.from)}–${fmt(b.to)}`);
  const option: EChartsCoreOption = {
    animation: false,
    grid: { left: 40, right: 12, top: 24, bottom: 44 },
    tooltip: {
      trigger: 'item',
      confine: true,
      className: 'chart-tooltip',
      formatter: (p: { dataIndex: number }) => {
        const bin = histogram.bins[p.dataIndex];
        if (!bin) return '';
        const names = bin.objects.slice(0, 12).map((name) => escapeHtml(name));
        const more = bin.objects.length > names.length ? `<br/>и ещё ${bin.objects.length - names.length}` : '';
        return `<b>${label(bin)}${escapeHtml(unit)}</b>: ${bin.count}<br/>${names.join('<br/>')}${more}`;
      },
    },
    xAxis: {
      type: 'category',
      data: histogram.bins.map(label),
      name: unit.trim(),
      nameLocation: 'end',
      nameGap: 4,
      nameTextStyle: { color: GREY, verticalAlign: 'top', padding: [18, 0, 0, 0] },
      axisLabel: { interval: 0, rotate: histogram.bins.length > 5 ? 30 : 0, fontSize: 11 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: 'объектов',
      nameTextStyle: { color: GREY, align: 'left' },
      splitLine: { lineStyle: { color: '#eef0f4' } },
    },
    series: [
      {
        type: 'bar',
        data: histogram.bins.map((b) => b.count),
        barCategoryGap: '6%',
        itemStyle: { color: '#69a7ff', borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', fontSize: 11 },
      },
    ],
  };
  return (
    <EChart
      option={option}
      dataKey={JSON.stringify([histogram, unit])}
      className="indicator-chart indicator-histogram"
      testId="indicator-histogram"
      label="Гистограмма значений показателя"
    />
  );
}

/** «2023/2024 учебный год» → «2023/2024», «2024 год» → «2024». */
export function shortPeriodName(name: string): string {
  return name.replace(/\s+(учебный\s+)?год$/u, '');
}

/**
 * The trend over periods: the scope's own value, the median of the compared objects and their
 * Q1–Q3 band; the selected period marked. A scope value on another scale (a total or a share of
 * organisations) gets its own axis on the right.
 */
export function IndicatorTrendChart({
  view,
  unit,
  scopeLabel,
  objectsLabel,
}: {
  view: View;
  unit: string;
  scopeLabel: string;
  objectsLabel: string;
}) {
  const { points, scopeScale } = view.trend;
  const separate = scopeScale !== 'same';
  const scopeUnit = scopeScale === 'share' ? ' %' : unit;
  const currentIndex = points.findIndex((p) => p.periodId === view.period.id);
  const dash = (v: number | null) => (v === null ? '-' : v);
  const scopeName = separate ? `${scopeLabel} (${scopeScale === 'total' ? 'сумма' : 'доля организаций'}, правая ось)` : scopeLabel;
  const medianName = `Медиана: ${objectsLabel}`;
  const option: EChartsCoreOption = {
    animation: false,
    grid: { left: 46, right: separate ? 50 : 24, top: 20, bottom: 52 },
    legend: { bottom: 0, left: 0, itemWidth: 18, itemHeight: 10, textStyle: { fontSize: 11 }, data: [scopeName, medianName, 'Q1–Q3'] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      className: 'chart-tooltip',
      formatter: (params: { dataIndex: number }[]) => {
        const p = points[params[0]?.dataIndex ?? -1];
        if (!p) return '';
        return [
          `<b>${escapeHtml(p.periodName)}</b>`,
          `${escapeHtml(scopeLabel)}: ${fmt(p.scope)}${p.scope === null ? '' : escapeHtml(scopeUnit)}`,
          `медиана: ${fmt(p.median)}${p.median === null ? '' : escapeHtml(unit)}`,
          `Q1–Q3: ${fmt(p.q1)} – ${fmt(p.q3)}${p.q1 === null ? '' : escapeHtml(unit)}`,
          `объектов со значением: ${p.n}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => shortPeriodName(p.periodName)),
      axisLabel: {
        fontSize: 11,
        formatter: (value: string, index: number) => (index === currentIndex ? `{current|${value}}` : value),
        rich: { current: { fontSize: 11, fontWeight: 'bold', color: '#000' } },
      },
    },
    yAxis: [
      {
        type: 'value',
        scale: true,
        axisLabel: { formatter: (v: number) => formatNumber(v) },
        splitLine: { lineStyle: { color: '#eef0f4' } },
      },
      ...(separate
        ? [
            {
              type: 'value',
              scale: true,
              axisLabel: { formatter: (v: number) => formatNumber(v), color: ORANGE },
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: [
      {
        name: 'Q1',
        type: 'line',
        stack: 'iqr',
        data: points.map((p) => dash(p.q1)),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
      },
      {
        name: 'Q1–Q3',
        type: 'line',
        stack: 'iqr',
        data: points.map((p) => (p.q1 === null || p.q3 === null ? '-' : p.q3 - p.q1)),
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(22, 119, 255, 0.12)' },
        itemStyle: { color: 'rgba(22, 119, 255, 0.25)' },
        symbol: 'none',
        silent: true,
      },
      {
        name: medianName,
        type: 'line',
        data: points.map((p) => dash(p.median)),
        itemStyle: { color: BLUE },
        lineStyle: { type: 'dashed', width: 2 },
        symbolSize: 6,
      },
      {
        name: scopeName,
        type: 'line',
        yAxisIndex: separate ? 1 : 0,
        data: points.map((p) => dash(p.scope)),
        itemStyle: { color: ORANGE },
        lineStyle: { width: 2.5 },
        symbolSize: 7,
        label: { show: points.length <= 6, formatter: (p: { value: number }) => formatNumber(p.value, 1), fontSize: 10, color: ORANGE },
      },
    ],
  };
  return (
    <EChart
      option={option}
      dataKey={JSON.stringify([points, scopeScale, unit, scopeLabel, objectsLabel, currentIndex])}
      className="indicator-chart indicator-trend"
      testId="indicator-trend"
      label="График значений показателя по периодам"
    />
  );
}
