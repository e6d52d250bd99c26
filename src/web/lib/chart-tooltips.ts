import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-number.ts';

/** One item of an item tooltip: «name: <b>value</b>», the name escaped. */
export function itemTooltip(name: unknown, value: string): string {
  return `${escapeHtml(name)}: <b>${escapeHtml(value)}</b>`;
}

/** An axis tooltip's series row as ECharts passes it (`marker` is ECharts' own coloured dot). */
export interface AxisTooltipParam {
  seriesName: string;
  marker: string;
  axisValueLabel: string;
  value: number | null | undefined;
}

/** An axis tooltip: the axis label, then one row per series (a missing value says so); names escaped. */
export function axisTooltip(params: AxisTooltipParam[], suffix: string): string {
  const head = escapeHtml(params[0]?.axisValueLabel ?? '');
  const rows = params.map(
    (p) =>
      `${p.marker}${escapeHtml(p.seriesName)}: <b>${p.value === null || p.value === undefined ? 'нет данных' : escapeHtml(formatNumber(p.value) + suffix)}</b>`,
  );
  return [head, ...rows].join('<br/>');
}
