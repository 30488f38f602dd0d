// The dashboard's charts, drawn with Chart.js: a chunk of its own, fetched after the cards' figures are on screen (a
// slow network shows the numbers first), by those who open the dashboard only. Only the pieces drawn here are
// registered — bars, lines and their two scales — so the rest of the library stays out of the chunk (the line
// chart's legend is the card's own text, in both languages).
// Every chart repeats what the card already says in words: the numbers stay readable without it, and no colour
// carries a meaning its axis label or legend does not also say.

import { BarController, BarElement, CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';
import { lang } from '../i18n';
import type { Bar, Series, Words } from './figures';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);
Chart.defaults.color = '#1d2a33';
Chart.defaults.font.family = 'system-ui, sans-serif';

/** A label on two lines, the reader's language first. */
const twoLines = ([fr, en]: Words): string[] => (lang() === 'en' ? [en, fr] : [fr, en]);

/** No movement for those who asked their phone for none; a short one otherwise. */
const animation = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? false as const : { duration: 400 });

const TEAL = '#0b5563';
const RED = '#9b1c1c';

/**
 * Counts or amounts as horizontal bars, one per label, the labels on the left where two lines fit a 360 px screen;
 * `alert` bars (late milestones) in red, the label saying the same.
 */
export function barChart(canvas: HTMLCanvasElement, bars: Bar[], { alert = [] as string[], format = (n: number) => String(n) } = {}): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => twoLines(b.words)),
      datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map((b) => (alert.includes(b.key) ? RED : TEAL)), maxBarThickness: 28 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animation(),
      events: [],
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 4, callback: (value) => format(Number(value)) } },
        y: { ticks: { autoSkip: false } },
      },
    },
  });
}

/**
 * An indicator over time: the actual figure solid with round points, the target dashed with square points (the card
 * says so beside it). A missing figure leaves a gap rather than a made-up line.
 */
export function lineChart(canvas: HTMLCanvasElement, series: Series): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        { data: series.actual, borderColor: TEAL, backgroundColor: TEAL, pointStyle: 'circle', pointRadius: 4 },
        { data: series.target, borderColor: '#8a5a00', backgroundColor: '#8a5a00', borderDash: [6, 4], pointStyle: 'rect', pointRadius: 4 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animation(),
      events: [],
      // A lone point stands in the middle, not against the axis.
      scales: { x: { offset: true }, y: { beginAtZero: true } },
    },
  });
}

/** The same line chart, drawn again for another indicator. */
export function redraw(chart: Chart, series: Series): void {
  chart.data.labels = series.labels;
  chart.data.datasets[0]!.data = series.actual;
  chart.data.datasets[1]!.data = series.target;
  chart.update();
}
