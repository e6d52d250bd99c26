import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { formatNumber } from '../../domain/export/format-ru.ts';
import type { ReportContent } from '../../domain/report/report-content.ts';
import { REPORT_FONTS } from './report-fonts.ts';

/** A chart of a report: drawn once as SVG, embedded in DOCX and PDF as PNG and shown in the UI. */
export interface ReportChartPlan {
  key: string;
  /** The section it illustrates. */
  section: 'final' | 'years';
  title: string;
  width: number;
  height: number;
  option: echarts.EChartsCoreOption;
}

export interface ReportChart extends Omit<ReportChartPlan, 'option'> {
  svg: string;
}

/** Most objects on one bar chart; the rest are in the tables. */
export const CHART_OBJECTS = 40;
/** Most indicators on the chart by years. */
export const CHART_INDICATORS = 8;

const FONT = 'DejaVu Sans';
const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 1) : String(v ?? ''));

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const short = (s: string, n = 38) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What charts a report has and how each is drawn (cheap: nothing is drawn yet). */
export function planCharts(c: ReportContent): ReportChartPlan[] {
  const charts: ReportChartPlan[] = [];
  const direction = c.scope.kind === 'direction' ? c.scope.direction : null;
  if (c.scope.kind !== 'organisation') {
    c.comparisons.forEach((cmp, i) => {
      const rows = cmp.rows
        .map((r) => ({ name: r.name, score: direction ? (r.directions[direction.code]?.score ?? null) : r.summary }))
        .filter((r): r is { name: string; score: number } => r.score !== null)
        .sort((a, b) => b.score - a.score)
        .slice(0, CHART_OBJECTS);
      if (rows.length === 0) return;
      const height = 90 + rows.length * 22;
      const title = `${cmp.title}: ${direction ? `балл по направлению` : 'итоговый балл'}`;
      charts.push({
        key: `scores-${i + 1}`,
        section: 'final',
        title,
        width: 900,
        height,
        option: {
          grid: { left: 300, right: 60, top: 20, bottom: 30 },
          xAxis: { type: 'value', max: 100, axisLabel: { formatter: fmt } },
          yAxis: { type: 'category', inverse: true, data: rows.map((r) => short(r.name)), axisLabel: { fontSize: 12 } },
          series: [
            {
              type: 'bar',
              data: rows.map((r) => r.score),
              itemStyle: { color: '#1659a8' },
              label: { show: true, position: 'right', formatter: (p: { value: unknown }) => fmt(p.value) },
            },
          ],
        },
      });
    });
  }
  // One unit per chart: the indicators of the report's commonest unit.
  const withValues = c.indicators.filter((i) => i.series.some((v) => v !== null) && i.unit !== 'flag');
  const counts = new Map<string, number>();
  for (const i of withValues) counts.set(i.unit, (counts.get(i.unit) ?? 0) + 1);
  const unit = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = withValues.filter((i) => i.unit === unit).slice(0, CHART_INDICATORS);
  if (shown.length > 0 && c.periods.length > 0) {
    const whose = c.scope.org?.name ?? c.scope.territory.name;
    const height = 120 + shown.length * (28 + 8 * c.periods.length);
    charts.push({
      key: 'years',
      section: 'years',
      title: `${whose}: значения показателей по годам`,
      width: 900,
      height,
      option: {
        legend: { top: 0, textStyle: { fontSize: 12 } },
        grid: { left: 300, right: 60, top: 40, bottom: 30 },
        xAxis: { type: 'value', axisLabel: { formatter: fmt } },
        yAxis: { type: 'category', inverse: true, data: shown.map((i) => short(`${i.code} ${i.name}`)), axisLabel: { fontSize: 11 } },
        series: c.periods.map((p, k) => ({
          type: 'bar',
          name: p.name.replace(' учебный год', ''),
          data: shown.map((i) => i.series[k]),
          label: { show: true, position: 'right', fontSize: 10, formatter: (x: { value: unknown }) => fmt(x.value) },
        })),
      },
    });
  }
  return charts;
}

/** The charts of a report drawn as SVG. */
export function reportCharts(c: ReportContent): ReportChart[] {
  return planCharts(c).map(({ option, ...rest }) => ({ ...rest, svg: render(option, rest.width, rest.height) }));
}

/** One chart of a report drawn, by its key; undefined when the report has no such chart. */
export function reportChart(c: ReportContent, key: string): ReportChart | undefined {
  const plan = planCharts(c).find((p) => p.key === key);
  if (!plan) return undefined;
  const { option, ...rest } = plan;
  return { ...rest, svg: render(option, rest.width, rest.height) };
}

/** A chart as PNG at twice its size, drawn with the bundled font. */
export function chartPng(chart: ReportChart): Buffer {
  return new Resvg(chart.svg, {
    font: { fontFiles: [REPORT_FONTS.sans, REPORT_FONTS.sansBold], loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
  })
    .render()
    .asPng();
}
