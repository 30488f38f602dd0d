import { describe, expect, it } from 'vitest';
import {
  barsText, chartedIndicators, counted, indicatorText, deliveryWords, discrepancyWords, indicatorSeries, milestoneBars, milestoneSummary, moneyBars, reportLines, yearOf,
  type Deliveries, type Indicator, type Milestones,
} from './figures';

const milestones: Milestones = { total: 7, planned: 2, inProgress: 2, completed: 2, cancelled: 1, late: 1, averageProgress: 58 };

describe('counted: French takes the singular for 0 and 1, English for 1 only', () => {
  it('says 0, 1 and 2 each language its way', () => {
    const words = (n: number) => counted(n, ['envoi', 'envois'], ['shipment', 'shipments']);
    expect(words(0)).toEqual(['0 envoi', '0 shipments']);
    expect(words(1)).toEqual(['1 envoi', '1 shipment']);
    expect(words(2)).toEqual(['2 envois', '2 shipments']);
  });
});

describe('milestones', () => {
  it('draws four bars, late ones apart from their status', () => {
    expect(milestoneBars(milestones).map((b) => [b.key, b.value])).toEqual([['completed', 2], ['inProgress', 2], ['planned', 2], ['late', 1]]);
    expect(milestoneBars(milestones).map((b) => b.words)).toContainEqual(['En retard', 'Late']);
  });

  it('counts completed ones out of those not cancelled, with the average progress', () => {
    expect(milestoneSummary(milestones)).toEqual([
      '2 jalons terminés sur 6, avancement moyen 58 %',
      '2 of 6 milestones completed, average progress 58%',
    ]);
  });

  it('names the chart by its numbers in both languages', () => {
    expect(barsText(['Jalons', 'Milestones'], milestoneBars(milestones), String)).toEqual([
      'Jalons — Terminés : 2 ; En cours : 2 ; Prévus : 2 ; En retard : 1',
      'Milestones — Completed: 2; In progress: 2; Planned: 2; Late: 1',
    ]);
  });

  it('says when there is none left to count', () => {
    expect(milestoneSummary({ ...milestones, total: 1, cancelled: 1 })).toEqual(['Aucun jalon', 'No milestone']);
  });
});

describe('reportLines', () => {
  it('puts overdue reports first, flagged in words as well', () => {
    const lines = reportLines({ dueSoon: 1, overdue: 2, awaitingReview: 1, nextDueOn: '2026-12-31' });
    expect(lines.map((l) => l.words[0])).toEqual(['2 rapports en retard', '1 rapport à rendre sous 14 jours', '1 rapport attend sa relecture']);
    expect(lines.map((l) => l.alert)).toEqual([true, false, false]);
    expect(lines[0]!.words[1]).toBe('2 overdue reports');
  });

  it('says nothing is due rather than showing zeros', () => {
    expect(reportLines({ dueSoon: 0, overdue: 0, awaitingReview: 0, nextDueOn: null }))
      .toEqual([{ words: ['Aucun rapport en retard ni à rendre bientôt', 'No report overdue or due soon'], alert: false }]);
  });
});

describe('deliveries', () => {
  const spring: Deliveries = {
    shipments: 2, items: 64, received: 12, damaged: 1, missing: 1, awaiting: 50,
    discrepancies: [{ shipmentKey: 'k1', title: 'Envoi de printemps 2026', damaged: 1, missing: 1, disputed: 0 }],
  };

  it('says what became of the items sent, leaving out the counts that are zero', () => {
    expect(deliveryWords(spring)).toEqual([
      '64 articles envoyés en 2 envois : 12 reçus, 1 endommagé, 1 manquant, 50 sans vérification',
      '64 items sent in 2 shipments: 12 received, 1 damaged, 1 missing, 50 not yet checked',
    ]);
    expect(deliveryWords({ ...spring, received: 64, damaged: 0, missing: 0, awaiting: 0 })[1]).toBe('64 items sent in 2 shipments: 64 received');
  });

  it('says when nothing has left yet', () => {
    expect(deliveryWords({ ...spring, shipments: 0, items: 0, received: 0, damaged: 0, missing: 0, awaiting: 0, discrepancies: [] }))
      .toEqual(['Aucun envoi parti', 'No shipment has left']);
  });

  it('names what went wrong with a shipment', () => {
    expect(discrepancyWords(spring.discrepancies[0]!)).toEqual(['1 endommagé, 1 manquant', '1 damaged, 1 missing']);
    expect(discrepancyWords({ shipmentKey: 'k2', title: 'x', damaged: 0, missing: 3, disputed: 1 })).toEqual(['3 manquants, 1 contesté', '3 missing, 1 disputed']);
  });
});

describe('moneyBars', () => {
  const money = [
    { year: 2025, budgeted: 10, committed: 9, received: 8, disbursed: 7, spent: 6 },
    { year: 2026, budgeted: 40000, committed: 25000, received: 12500.5, disbursed: 12500.5, spent: 3000 },
  ];

  it('shows the year asked for, not another', () => {
    expect(moneyBars(money, 2026).map((b) => [b.key, b.value])).toEqual([['budgeted', 40000], ['committed', 25000], ['received', 12500.5], ['spent', 3000]]);
  });

  it('shows zeros for a year without ledger entries', () => {
    expect(moneyBars(money, 2027).map((b) => b.value)).toEqual([0, 0, 0, 0]);
  });

  it('takes the year from the server’s today', () => {
    expect(yearOf('2026-12-07')).toBe(2026);
  });
});

describe('indicators', () => {
  const teachers: Indicator = {
    code: 'teachers-trained', title: 'Enseignants formés', unit: 'personnes',
    points: [
      { periodStart: '2026-01-01', periodEnd: '2026-06-30', target: 20, actual: 12 },
      { periodStart: '2026-07-01', periodEnd: '2026-12-31', target: 40, actual: null },
    ],
  };
  const empty: Indicator = { code: 'rooms', title: 'Salles', unit: 'salles', points: [{ periodStart: '2026-01-01', periodEnd: '2026-06-30', target: null, actual: null }] };

  it('labels each point by the month its period ends and keeps a missing figure as a gap', () => {
    expect(indicatorSeries(teachers)).toEqual({ labels: ['06/2026', '12/2026'], target: [20, 40], actual: [12, null] });
  });

  it('says every point in words, a missing figure as « — », for the chart\'s name', () => {
    const [fr, en] = indicatorText(teachers);
    expect(fr).toBe('Enseignants formés (personnes) — 30 juin 2026 : cible 20, réalisé 12 ; 31 décembre 2026 : cible 40, réalisé —');
    expect(en).toBe('Enseignants formés (personnes) — 30 June 2026: target 20, actual 12; 31 December 2026: target 40, actual —');
  });

  it('charts only indicators that have a figure', () => {
    expect(chartedIndicators([empty, teachers]).map((i) => i.code)).toEqual(['teachers-trained']);
  });
});
