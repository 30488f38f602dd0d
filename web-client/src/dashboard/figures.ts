// The dashboard's figures in words and series: what each card says of a partnership's milestones, reports,
// deliveries, indicators and money, French first and English beside, and the series its charts draw. Pure functions
// of the server's answer, so that the words and the charts can never disagree on a number.

import { englishDate, frenchDate } from '../dates';

/** The server's answer for one partnership (the Dashboards operation). */
export interface Milestones { total: number; planned: number; inProgress: number; completed: number; cancelled: number; late: number; averageProgress: number }
export interface Reports { dueSoon: number; overdue: number; awaitingReview: number; nextDueOn: string | null }
export interface Discrepancy { shipmentKey: string; title: string; damaged: number; missing: number; disputed: number }
export interface Deliveries { shipments: number; items: number; received: number; damaged: number; missing: number; awaiting: number; discrepancies: Discrepancy[] }
export interface Point { periodStart: string; periodEnd: string; target: number | null; actual: number | null }
export interface Indicator { code: string; title: string; unit: string; points: Point[] }
export interface MoneyYear { year: number; budgeted: number; committed: number; received: number; disbursed: number; spent: number }
export interface Card {
  partnership: { slug: string; name: string; north: { name: string }; south: { name: string; country: string } };
  milestones: Milestones;
  reports: Reports;
  deliveries: Deliveries;
  indicators: Indicator[];
  money: MoneyYear[];
}

/** Words in both languages, French first. */
export type Words = [string, string];

/** A bar of a chart: what it counts, in both languages, and how many. */
export interface Bar { key: string; words: Words; value: number }

/** « 1 rapport », « 3 rapports »: French takes the singular for 0 and 1, English for 1 only. */
export function counted(n: number, fr: [string, string], en: [string, string]): Words {
  return [`${n} ${n <= 1 ? fr[0] : fr[1]}`, `${n} ${n === 1 ? en[0] : en[1]}`];
}

/**
 * The milestones as four bars: completed, in progress, planned, and late (those due before today that are neither
 * completed nor cancelled, counted again apart from their status, since being late is what a reader looks for).
 */
export function milestoneBars(m: Milestones): Bar[] {
  return [
    { key: 'completed', words: ['Terminés', 'Completed'], value: m.completed },
    { key: 'inProgress', words: ['En cours', 'In progress'], value: m.inProgress },
    { key: 'planned', words: ['Prévus', 'Planned'], value: m.planned },
    { key: 'late', words: ['En retard', 'Late'], value: m.late },
  ];
}

/** « 4 jalons sur 6 terminés, avancement moyen 72 % » (cancelled ones aside). */
export function milestoneSummary(m: Milestones): Words {
  const open = m.total - m.cancelled;
  if (open <= 0) return ['Aucun jalon', 'No milestone'];
  return [
    `${m.completed} ${m.completed <= 1 ? 'jalon terminé' : 'jalons terminés'} sur ${open}, avancement moyen ${m.averageProgress} %`,
    `${m.completed} of ${open} ${open === 1 ? 'milestone' : 'milestones'} completed, average progress ${m.averageProgress}%`,
  ];
}

/** A line of a card: its words, and whether it calls for attention (shown as such in words, not by colour alone). */
export interface Line { words: Words; alert: boolean }

/** The reports' lines: overdue first, then due within 14 days, then those awaiting the South's review. */
export function reportLines(r: Reports): Line[] {
  const lines: Line[] = [];
  if (r.overdue) lines.push({ words: counted(r.overdue, ['rapport en retard', 'rapports en retard'], ['overdue report', 'overdue reports']), alert: true });
  if (r.dueSoon) lines.push({ words: counted(r.dueSoon, ['rapport à rendre sous 14 jours', 'rapports à rendre sous 14 jours'], ['report due within 14 days', 'reports due within 14 days']), alert: false });
  if (r.awaitingReview) lines.push({ words: counted(r.awaitingReview, ['rapport attend sa relecture', 'rapports attendent leur relecture'], ['report awaiting review', 'reports awaiting review']), alert: false });
  if (!lines.length) lines.push({ words: ['Aucun rapport en retard ni à rendre bientôt', 'No report overdue or due soon'], alert: false });
  return lines;
}

/** « 57 articles envoyés en 2 envois : 52 reçus, 1 endommagé, 1 manquant, 3 sans réponse ». */
export function deliveryWords(d: Deliveries): Words {
  if (!d.items) return ['Aucun envoi parti', 'No shipment has left'];
  const [sentFr, sentEn] = counted(d.items, ['article envoyé', 'articles envoyés'], ['item sent', 'items sent']);
  const [shipFr, shipEn] = counted(d.shipments, ['envoi', 'envois'], ['shipment', 'shipments']);
  const parts: [number, [string, string], [string, string]][] = [
    [d.received, ['reçu', 'reçus'], ['received', 'received']],
    [d.damaged, ['endommagé', 'endommagés'], ['damaged', 'damaged']],
    [d.missing, ['manquant', 'manquants'], ['missing', 'missing']],
    [d.awaiting, ['sans vérification', 'sans vérification'], ['not yet checked', 'not yet checked']],
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, fr, en]) => counted(n, fr, en));
  return [
    `${sentFr} en ${shipFr} : ${shown.map((w) => w[0]).join(', ')}`,
    `${sentEn} in ${shipEn}: ${shown.map((w) => w[1]).join(', ')}`,
  ];
}

/** « 1 endommagé, 1 manquant, 1 contesté »: what went wrong with one shipment (contested: received, then disputed). */
export function discrepancyWords(d: Discrepancy): Words {
  const shown = [
    d.damaged ? counted(d.damaged, ['endommagé', 'endommagés'], ['damaged', 'damaged']) : null,
    d.missing ? counted(d.missing, ['manquant', 'manquants'], ['missing', 'missing']) : null,
    d.disputed ? counted(d.disputed, ['contesté', 'contestés'], ['disputed', 'disputed']) : null,
  ].filter((w): w is Words => w !== null);
  return [shown.map((w) => w[0]).join(', '), shown.map((w) => w[1]).join(', ')];
}

/** The year's money as bars (budgeted, committed, received, spent); zeros when the ledger has nothing that year. */
export function moneyBars(money: MoneyYear[], year: number): Bar[] {
  const row = money.find((m) => m.year === year);
  return [
    { key: 'budgeted', words: ['Budget prévu', 'Budgeted'], value: row?.budgeted ?? 0 },
    { key: 'committed', words: ['Engagé', 'Committed'], value: row?.committed ?? 0 },
    { key: 'received', words: ['Reçu', 'Received'], value: row?.received ?? 0 },
    { key: 'spent', words: ['Dépensé', 'Spent'], value: row?.spent ?? 0 },
  ];
}

/** An indicator over time: the axis's labels (« 06/2026 », the month its period ends, read the same in both languages) and both series. */
export interface Series { labels: string[]; target: (number | null)[]; actual: (number | null)[] }

export function indicatorSeries(indicator: Indicator): Series {
  return {
    labels: indicator.points.map((p) => `${p.periodEnd.slice(5, 7)}/${p.periodEnd.slice(0, 4)}`),
    target: indicator.points.map((p) => p.target),
    actual: indicator.points.map((p) => p.actual),
  };
}

/** A chart's bars as one line in each language (« Jalons — Terminés : 3 ; En cours : 1 … »), for the chart's name. */
export function barsText(title: Words, bars: Bar[], format: (n: number) => string): Words {
  return [
    `${title[0]} — ${bars.map((b) => `${b.words[0]} : ${format(b.value)}`).join(' ; ')}`,
    `${title[1]} — ${bars.map((b) => `${b.words[1]}: ${format(b.value)}`).join('; ')}`,
  ];
}

/** A figure of an indicator, as each language writes it (« 12,5 », « 12.5 »); « — » when there is none. */
export const figure = (value: number | null, language: 'fr' | 'en'): string =>
  value === null ? '—' : new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

/** An indicator over time in one line each language (« Enseignants formés (personnes) — 30 juin 2026 : cible 20, réalisé 12 ; … »). */
export function indicatorText(i: Indicator): Words {
  const line = (language: 'fr' | 'en') => {
    const [target, actual, colon, between] = language === 'fr' ? ['cible', 'réalisé', ' :', ' ; '] : ['target', 'actual', ':', '; '];
    const day = language === 'fr' ? frenchDate : englishDate;
    return `${i.title} (${i.unit}) — ` + i.points.map((p) =>
      `${day(p.periodEnd)}${colon} ${target} ${figure(p.target, language)}, ${actual} ${figure(p.actual, language)}`).join(between);
  };
  return [line('fr'), line('en')];
}

/** The indicators worth a chart: those with at least one figure. */
export function chartedIndicators(indicators: Indicator[]): Indicator[] {
  return indicators.filter((i) => i.points.some((p) => p.target !== null || p.actual !== null));
}

/** The year the money bars show: the server's today's. */
export const yearOf = (today: string): number => Number(today.slice(0, 4));
