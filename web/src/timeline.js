// The timeline: events per period stacked by QuadClass (ECharts bars), with the mean
// Goldstein score per period as a line on a second axis.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { QUAD_COLORS, QUAD_NAMES } from './api.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

let chart = null;

// Every period from the first to the last point, so quiet periods show as gaps rather
// than vanish; left as they are when that would be more than 2,000 bars.
function allPeriods(periods, bucket) {
  if (periods.length < 2) return periods;
  const out = [];
  const last = periods[periods.length - 1];
  if (bucket === 'month') {
    let [y, m] = periods[0].split('-').map(Number);
    for (let p = periods[0]; p <= last && out.length <= 2000; ) {
      out.push(p);
      m = m === 12 ? 1 : m + 1;
      y = m === 1 ? y + 1 : y;
      p = `${y}-${String(m).padStart(2, '0')}`;
    }
  } else {
    const step = bucket === 'week' ? 7 : 1;
    for (let t = Date.parse(`${periods[0]}T00:00:00Z`); out.length <= 2000; t += step * 86400000) {
      const p = new Date(t).toISOString().slice(0, 10);
      if (p > last) break;
      out.push(p);
    }
  }
  return out.length > 2000 ? periods : out;
}

export function renderTimeline(el, timeline) {
  if (!chart) {
    chart = echarts.init(el, null, { renderer: 'canvas' });
    new ResizeObserver(() => chart.resize()).observe(el);
  }
  const periods = allPeriods([...new Set(timeline.points.map((p) => p.period))], timeline.bucket);
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
      grid: { left: 40, right: 40, top: 60, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 },
      ],
      series,
    },
    true,
  );
  return timeline.points.length ? new Set(timeline.points.map((p) => p.period)).size : 0;
}
