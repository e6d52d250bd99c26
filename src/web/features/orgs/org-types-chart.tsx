import { Empty } from 'antd';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { EChart } from '../../components/echart.tsx';
import { itemTooltip } from '../../lib/chart-tooltips.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { TYPE_PLURAL_LABELS } from '../../lib/labels.ts';

echarts.use([PieChart, TooltipComponent, LegendComponent, CanvasRenderer]);

const TYPE_ORDER = ['school', 'kindergarten', 'supplementary', 'college'];
const TYPE_CHART_COLORS: Record<string, string> = {
  school: '#1677ff',
  kindergarten: '#eb2f96',
  supplementary: '#52c41a',
  college: '#722ed1',
};

interface OrgTypesChartProps {
  counts: Record<string, number>;
}

function toSeries(counts: Record<string, number>) {
  const keys = Object.keys(counts).sort((a, b) => {
    const ia = TYPE_ORDER.indexOf(a);
    const ib = TYPE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  return keys
    .map((key) => ({
      name: TYPE_PLURAL_LABELS[key] ?? key,
      value: counts[key] ?? 0,
      itemStyle: TYPE_CHART_COLORS[key] ? { color: TYPE_CHART_COLORS[key] } : undefined,
    }))
    .filter((item) => item.value > 0);
}

/** Doughnut chart «Организации по типам» built from OrgDetail.childrenByType. */
export function OrgTypesChart({ counts }: OrgTypesChartProps) {
  const data = toSeries(counts);
  const total = data.reduce((sum, item) => sum + item.value, 0);
  const dataKey = JSON.stringify(data.map((d) => [d.name, d.value]));

  if (total === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Нет подведомственных организаций" />;
  }
  const option = {
    animation: false,
    tooltip: {
      trigger: 'item',
      className: 'chart-tooltip',
      formatter: (p: { name: string; value: number; percent: number }) => itemTooltip(p.name, `${p.value} (${formatNumber(p.percent)} %)`),
    },
    legend: { orient: 'vertical', right: 8, top: 'middle', itemGap: 12, textStyle: { fontSize: 13 } },
    series: [
      {
        name: 'Организации по типам',
        type: 'pie',
        radius: ['42%', '72%'],
        center: ['34%', '50%'],
        avoidLabelOverlap: true,
        label: { show: true, formatter: '{c}', fontSize: 13, fontWeight: 'bold' },
        labelLine: { show: true, length: 6, length2: 6 },
        data,
      },
    ],
  };
  return (
    <EChart
      option={option}
      dataKey={dataKey}
      className="org-types-chart"
      testId="org-types-chart"
      label="Диаграмма: организации по типам"
    />
  );
}
