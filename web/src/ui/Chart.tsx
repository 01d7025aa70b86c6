import { useEffect, useRef } from 'react';

/**
 * A line chart drawn by ECharts, loaded only when the chart comes into view (it is the largest part
 * of the app), and hidden from assistive technology: every chart is followed by its data as a table.
 */
export function LineChart({ labels, values, name }: { labels: string[]; values: (number | null)[]; name: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const onResize = () => chart?.resize();
    // Loaded when the chart comes into view, so that the first view does not wait for ECharts.
    const draw = async () => {
      const { init } = await import('./echarts');
      if (disposed || !element.current) return;
      const instance = init(element.current, undefined, { renderer: 'svg' });
      instance.setOption({
        aria: { enabled: false },
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
        series: [{ name, type: 'line', data: values, color: '#1d4f91', symbolSize: 6 }],
      });
      chart = instance;
      window.addEventListener('resize', onResize);
    };
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) {
        observer.disconnect();
        void draw();
      }
    });
    if (element.current) observer.observe(element.current);
    return () => {
      disposed = true;
      observer.disconnect();
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [labels.join(), values.join(), name]);
  return <div ref={element} className="chart" aria-hidden="true" data-testid="occupancy-chart" />;
}
