// « Tableau de bord » (#/t): every partnership the person may read, one card each — milestones, reports due or
// overdue, deliveries and their discrepancies, indicators over time, the year's money — for the fund's managers,
// administrators and North staff. The cards' figures come first, in words and small tables; the charts follow from a
// chunk of their own and only repeat them. Read from the server each time it opens: offline it says so, and keeps
// nothing.

import { api, errorLine, offline, type Session } from '../app';
import { ApiError } from '../api';
import { dateWords, englishDate, frenchDate, periodWords } from '../dates';
import { adoptStyles, h } from '../dom';
import { bi, plain } from '../i18n';
import { addStyles, euros } from '../passage-view';
import { globalId } from '../replica/ids';
import {
  barsText, chartedIndicators, counted, deliveryWords, discrepancyWords, figure, indicatorSeries, indicatorText, milestoneBars, milestoneSummary,
  moneyBars, reportLines, yearOf, type Bar, type Card, type Indicator, type Words,
} from './figures';
import Dashboards from 'virtual:document-ids/Dashboards';

interface Answer { dashboard: { today: string; partnerships: Card[] } }

const STYLES = `
.dash-card h3 { margin-top: .25rem; }
.dash-card h4 { margin: .9rem 0 .2rem; font-size: 1rem; }
.cards .dash-card li { border: 0; padding: 0; margin: .2rem 0; }
.dash-card .chart { position: relative; height: 12rem; }
.dash-card .alert { font-weight: 600; }
`;

/** The charts' chunk, asked for once the cards are on screen. */
const charts = () => import('../dashboard/charts');

export async function dashboardScreen(session: Session): Promise<HTMLElement> {
  addStyles();
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: '#/' }, bi('← Accueil', '← Home'))),
    h('h2', {}, bi('Tableau de bord', 'Dashboard')));
  adoptStyles(STYLES, main);
  let answer: Answer['dashboard'];
  try {
    answer = (await api.query<Answer>(Dashboards)).dashboard;
  } catch (e) {
    main.append(e instanceof ApiError && e.code === 'FORBIDDEN'
      ? h('p', { class: 'refused', role: 'alert', id: 'dashboard-refused' }, bi(
        'Le tableau de bord est réservé aux gestionnaires du Fonds, aux administrateurs et aux équipes des collectivités du Nord.',
        'The dashboard is for the fund’s managers, administrators and the North authorities’ staff.'))
      : offline(e)
        ? h('p', { class: 'notice', role: 'status' }, bi('Hors ligne — le tableau de bord demande le réseau ; rien n’est gardé sur ce téléphone.',
          'Offline — the dashboard needs the network; nothing of it is kept on this phone.'))
        : errorLine(e));
    return main;
  }
  const year = yearOf(answer.today);
  const draws: Draw[] = [];
  const [fr, en] = counted(answer.partnerships.length, ['partenariat', 'partenariats'], ['partnership', 'partnerships']);
  main.append(
    h('p', { class: 'muted' }, bi(`${fr} au ${frenchDate(answer.today)}`, `${en} on ${englishDate(answer.today)}`)),
    h('ul', { class: 'cards', id: 'dashboard' }, ...answer.partnerships.map((card) => h('li', {}, cardOf(session, card, year, draws)))));
  // The charts come after the figures; without them (the chunk did not come) the figures say it all.
  void charts().then((c) => draws.forEach((draw) => draw(c)), () => undefined);
  return main;
}

type Draw = (c: Awaited<ReturnType<typeof charts>>) => void;

function cardOf(session: Session, card: Card, year: number, draws: Draw[]): HTMLElement {
  const p = card.partnership;
  const id = (part: string) => `${p.slug}-${part}`;
  return h('section', { class: 'dash-card', 'aria-labelledby': id('name'), 'data-partnership': p.slug },
    h('h3', { id: id('name') }, h('a', { href: `#/p/${encodeURIComponent(p.slug)}` }, p.name)),
    h('p', { class: 'muted' }, `${p.north.name} ↔ ${p.south.name} (${p.south.country})`),
    milestones(card, id, draws),
    reports(card, id),
    deliveries(session, card, id),
    indicators(card.indicators, id, draws),
    money(card, year, id, draws));
}

/** A chart's canvas, an image whose name holds its numbers, and the table beside it that shows them. */
function chartBox(canvasId: string, label: string): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { id: canvasId, role: 'img', 'aria-label': label });
  return { box: h('div', { class: 'chart' }, canvas), canvas };
}

/** The bars' numbers as a small table, each row named in both languages. */
function barsTable(tableId: string, caption: Words, bars: Bar[], format: (n: number) => string, alert: string[] = []): HTMLElement {
  return h('table', { id: tableId },
    h('caption', { class: 'visually-hidden' }, bi(...caption)),
    h('tbody', {}, ...bars.map((b) => h('tr', { 'data-figure': b.key },
      h('th', { scope: 'row', class: alert.includes(b.key) && b.value ? 'late' : undefined }, bi(...b.words)),
      h('td', { class: 'n' }, format(b.value))))));
}

function milestones(card: Card, id: (part: string) => string, draws: Draw[]): HTMLElement {
  const bars = milestoneBars(card.milestones);
  const title: Words = ['Jalons', 'Milestones'];
  const { box, canvas } = chartBox(id('milestones-chart'), plain(...barsText(title, bars, String)));
  draws.push((c) => c.barChart(canvas, bars, { alert: ['late'] }));
  return h('div', {},
    h('h4', {}, bi(...title)),
    h('p', {}, bi(...milestoneSummary(card.milestones))),
    box,
    barsTable(id('milestones-figures'), title, bars, String, ['late']));
}

function reports(card: Card, id: (part: string) => string): HTMLElement {
  const next = card.reports.nextDueOn;
  return h('div', { id: id('reports') },
    h('h4', {}, bi('Rapports', 'Reports')),
    h('ul', {}, ...reportLines(card.reports).map((line) =>
      h('li', { class: line.alert ? 'late alert' : undefined }, bi(...line.words)))),
    next ? h('p', {}, bi('Prochaine échéance :', 'Next due:'), ' ', dateWords(next)) : '');
}

function deliveries(session: Session, card: Card, id: (part: string) => string): HTMLElement {
  const slug = card.partnership.slug;
  const d = card.deliveries;
  // The reconciliation is the North's screen: linked for those who may open it, by the shipment's global id.
  const reconciles = session.viewer?.roles.includes('ADMINISTRATOR')
    || session.viewer?.memberships.some((m) => m.partnership.slug === slug && m.role === 'NORTH_STAFF');
  return h('div', { id: id('deliveries') },
    h('h4', {}, bi('Livraisons', 'Deliveries')),
    h('p', {}, bi(...deliveryWords(d))),
    d.discrepancies.length
      ? h('div', {},
        h('p', { class: 'alert' }, bi('Envois avec écarts :', 'Shipments with discrepancies:')),
        h('ul', { class: 'discrepancies' }, ...d.discrepancies.map((s) => h('li', { 'data-shipment': s.shipmentKey },
          reconciles ? h('a', { href: `#/c/${encodeURIComponent(slug)}/${encodeURIComponent(globalId('Shipment', s.shipmentKey))}` }, s.title) : h('strong', {}, s.title),
          ' — ', bi(...discrepancyWords(s))))))
      : '');
}

function indicators(all: Indicator[], id: (part: string) => string, draws: Draw[]): HTMLElement {
  const section = h('div', { id: id('indicators') }, h('h4', {}, bi('Indicateurs', 'Indicators')));
  const list = chartedIndicators(all);
  const first = list[0];
  if (!first) {
    section.append(h('p', {}, bi('Aucun indicateur chiffré pour l’instant.', 'No indicator with figures yet.')));
    return section;
  }
  const label = (i: Indicator) => plain(...indicatorText(i));
  const { box, canvas } = chartBox(id('indicator-chart'), label(first));
  const figures = h('div', {}, pointsTable(first, id('indicator-figures')));
  let shown = first;
  const select = h('select', { id: id('indicator') }, ...list.map((i) => h('option', { value: i.code }, `${i.title} (${i.unit})`)));
  let redraw: (i: Indicator) => void = () => undefined;
  select.addEventListener('change', () => {
    shown = list.find((i) => i.code === select.value) ?? first;
    canvas.setAttribute('aria-label', label(shown));
    figures.replaceChildren(pointsTable(shown, id('indicator-figures')));
    redraw(shown);
  });
  draws.push((c) => {
    const chart = c.lineChart(canvas, indicatorSeries(shown));
    redraw = (i) => c.redraw(chart, indicatorSeries(i));
  });
  section.append(
    ...(list.length > 1 ? [h('label', { for: id('indicator') }, bi('Indicateur', 'Indicator')), select] : [h('p', {}, `${first.title} (${first.unit})`)]),
    box,
    h('p', { class: 'muted' }, bi('Trait plein, points ronds : réalisé ; tirets, points carrés : cible.', 'Solid line, round points: actual; dashes, square points: target.')),
    h('details', {}, h('summary', {}, bi('Les chiffres', 'The figures')), figures));
  return section;
}

function pointsTable(i: Indicator, tableId: string): HTMLElement {
  return h('div', { class: 'scroll' }, h('table', { id: tableId },
    h('caption', { class: 'visually-hidden' }, `${i.title} (${i.unit})`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, bi('Période', 'Period')),
      h('th', { scope: 'col' }, bi('Cible', 'Target')),
      h('th', { scope: 'col' }, bi('Réalisé', 'Actual')))),
    h('tbody', {}, ...i.points.map((p) => h('tr', {},
      h('td', {}, periodWords(p.periodStart, p.periodEnd)),
      h('td', { class: 'n' }, figure(p.target, 'fr')),
      h('td', { class: 'n' }, figure(p.actual, 'fr')))))));
}

/** « 20 k€ » on the chart's axis, where « 20 000 € » would not fit; the table beside gives the amounts. */
const shortEuros = (n: number) => new Intl.NumberFormat('fr-FR', { notation: 'compact', style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

function money(card: Card, year: number, id: (part: string) => string, draws: Draw[]): HTMLElement {
  const slug = encodeURIComponent(card.partnership.slug);
  const bars = moneyBars(card.money, year);
  const title: Words = [`Budget et financements ${year}`, `Budget and funding ${year}`];
  const { box, canvas } = chartBox(id('money-chart'), plain(...barsText(title, bars, euros)));
  draws.push((c) => c.barChart(canvas, bars, { format: shortEuros }));
  return h('div', { id: id('money') },
    h('h4', {}, bi(...title)),
    box,
    barsTable(id('money-figures'), title, bars, euros),
    h('p', { class: 'actions' },
      h('a', { href: `#/b/${slug}/${year}`, class: 'button' }, bi('Le budget', 'The budget')),
      h('a', { href: `#/p/${slug}`, class: 'button' }, bi('Le partenariat', 'The partnership'))));
}
