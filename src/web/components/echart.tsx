import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, type CSSProperties } from 'react';

interface EChartProps {
  option: EChartsCoreOption;
  /** The chart is drawn again only when this changes (derive it from the data the option shows). */
  dataKey: string;
  className?: string;
  style?: CSSProperties;
  testId: string;
  /** What the chart shows, read by screen readers (the canvas itself says nothing). */
  label: string;
}

/** An ECharts canvas in a div (an image with `label` as its name), resized with its box. Each caller registers the charts it draws (`echarts.use`). */
export function EChart({ option, dataKey, className, style, testId, label }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
    // Re-created only when the data really changes (`dataKey` is derived from it).
  }, [dataKey]);
  return <div ref={ref} className={className} style={style} data-testid={testId} role="img" aria-label={label} />;
}
