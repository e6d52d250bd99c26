import { Empty } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { EChart } from '../../components/echart.tsx';
import { axisTooltip, type AxisTooltipParam } from '../../lib/chart-tooltips.ts';
import { formatNumber } from '../../lib/format-number.ts';
import type { IndicatorSeries } from '../../lib/result-card.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface ResultDynamicsChartProps {
  series: IndicatorSeries;
  /** Legend names of the lines: the object, its municipality, its region. */
  names: { org: string; municipality: string | null; region: string | null };
  unit: string;
}

const COLORS = { org: '#1677ff', municipality: '#fa8c16', region: '#8c8c8c' };

/** «Динамика»: one indicator over the periods, as lines of the object, its municipality and its region. */
export function ResultDynamicsChart({ series, names, unit }: ResultDynamicsChartProps) {
  const hasData = [series.org, series.municipality ?? [], series.region ?? []].some((line) => line.some((v) => v !== null));
  const dataKey = JSON.stringify([series, names, unit]);

  if (!hasData) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Нет значений этого показателя ни за один период"
        className="result-chart-empty"
      />
    );
  }
  const suffix = unit ? ` ${unit}` : '';
  const line = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
    name,
    type: 'line' as const,
    data,
    connectNulls: false,
    symbol: 'circle',
    symbolSize: 7,
    lineStyle: { color, width: dashed ? 2 : 3, type: dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
    label: dashed
      ? { show: false }
      : { show: true, position: 'top' as const, formatter: (p: { value: unknown }) => formatNumber(Number(p.value)) },
  });
  const lines = [
    line(names.org, series.org, COLORS.org, false),
    ...(series.municipality && names.municipality ? [line(names.municipality, series.municipality, COLORS.municipality, true)] : []),
    ...(series.region && names.region ? [line(names.region, series.region, COLORS.region, true)] : []),
  ];
  const option = {
    animation: false,
    grid: { left: 8, right: 24, top: 36, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 18, textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: 'axis',
      className: 'chart-tooltip',
      formatter: (params: AxisTooltipParam[]) => axisTooltip(params, suffix),
    },
    xAxis: { type: 'category', data: series.periods.map((p) => p.label), boundaryGap: true, axisLabel: { fontSize: 12 } },
    yAxis: {
      type: 'value',
      scale: true,
      name: unit || undefined,
      nameTextStyle: { fontSize: 11, align: 'right' },
      axisLabel: { fontSize: 11, formatter: (v: number) => formatNumber(v) },
    },
    series: lines,
  };
  return <EChart option={option} dataKey={dataKey} className="result-chart" testId="result-chart" label="График динамики показателя" />;
}
