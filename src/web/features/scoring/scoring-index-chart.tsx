import { Empty } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { RoundObject } from '../../api/scoring-api.ts';
import { EChart } from '../../components/echart.tsx';
import { itemTooltip } from '../../lib/chart-tooltips.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { chartBars } from '../../lib/scoring-rating.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Horizontal bars of the overall index by object (highest on top); objects without an index are left out. */
export function ScoringIndexChart({ objects }: { objects: RoundObject[] }) {
  const bars = chartBars(objects);
  const dataKey = JSON.stringify(bars);

  if (bars.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Индекс пока не рассчитан ни для одного объекта"
        data-testid="index-chart-empty"
      />
    );
  }
  const option = {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 4, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v} %`, fontSize: 11 } },
    yAxis: {
      type: 'category',
      data: bars.map((b) => b.name),
      axisLabel: { fontSize: 12, width: 200, overflow: 'truncate' },
    },
    tooltip: {
      trigger: 'item',
      className: 'chart-tooltip',
      formatter: (p: { name: string; value: number }) => itemTooltip(p.name, `${formatNumber(p.value)} %`),
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        barMaxWidth: 22,
        itemStyle: { color: '#1677ff', borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', formatter: (p: { value: unknown }) => `${formatNumber(Number(p.value))} %` },
      },
    ],
  };
  return (
    <EChart
      option={option}
      dataKey={dataKey}
      style={{ width: '100%', height: Math.min(420, 40 + bars.length * 34) }}
      testId="index-chart"
      label="Диаграмма индексов"
    />
  );
}
