// The timeline: events per period stacked by QuadClass (ECharts bars), with the mean
// Goldstein score per period as a line on a second axis.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { QUAD_COLORS, QUAD_NAMES } from './api.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

let chart = null;

export function renderTimeline(el, timeline) {
  if (!chart) {
    chart = echarts.init(el, null, { renderer: 'canvas' });
    new ResizeObserver(() => chart.resize()).observe(el);
  }
  const periods = [...new Set(timeline.points.map((p) => p.period))];
  const index = new Map(periods.map((p, i) => [p, i]));
  const series = [];
  for (let q = 1; q <= 4; q++) {
    const data = new Array(periods.length).fill(0);
    for (const p of timeline.points) if (p.quad_class === q) data[index.get(p.period)] = p.events;
    series.push({ name: QUAD_NAMES[q], type: 'bar', stack: 'events', data, itemStyle: { color: QUAD_COLORS[q] } });
  }
  const sums = new Array(periods.length).fill(0);
  const counts = new Array(periods.length).fill(0);
  for (const p of timeline.points) {
    sums[index.get(p.period)] += p.goldstein_sum;
    counts[index.get(p.period)] += p.events;
  }
  series.push({
    name: 'Mean Goldstein',
    type: 'line',
    yAxisIndex: 1,
    data: sums.map((s, i) => (counts[i] ? +(s / counts[i]).toFixed(2) : null)),
    itemStyle: { color: '#333' },
  });
  chart.setOption(
    {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 },
      ],
      series,
    },
    true,
  );
  return periods.length;
}
