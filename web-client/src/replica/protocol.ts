// The replica's protocol: the sync's change set as the server sends it (operations/Sync.graphql), and what each of
// its lists does to the records the phone keeps. Every list lands here whichever screen is shown, so a change that
// arrives while the person looks at something else is in the copy when she opens the screen that shows it.

import { applyChange, type Shipment, type ShipmentChange } from './shipment-changes';
import type { Writes } from './store';

export interface MilestoneRow {
  id: string;
  title: string;
  side: string;
  dueOn: string;
  progress: number;
  status: string;
  updatedAgo: string;
}

export interface ReportRow {
  id: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  overdue: boolean;
  status: string;
  updatedAgo: string;
}

/** What changed in a partnership since the cursor. */
export interface ChangeSet {
  cursor: string;
  milestones?: MilestoneRow[];
  shipmentChanges?: ShipmentChange[];
  reports?: ReportRow[];
  /** A year's money, in part: what the budget shows of its transactions and totals. */
  ledgers?: LedgerRow[];
}

export interface LedgerRow {
  year: number;
  version: number;
  totals: Record<string, unknown>;
}

/** The money screen's record: the partnership's names beside its ledger of the year. */
export interface MoneyRecord {
  money: LedgerRow;
}

/** The partnership's page as kept: the lists the change set updates. */
export interface PartnershipRecord {
  milestones: MilestoneRow[];
  reports: ReportRow[];
  shipments: { id: string; status: string }[];
}

/** A shipment's packing list as kept (the North's screen): its status follows the change set. */
export interface PackingRecord {
  id: string;
  title: string;
  status: string;
  boxes: {
    id: string;
    label: string;
    items: { id: string; kind: string; serialNumber: string; destination: string; refurbishment: { grade: string } }[];
  }[];
}

/** The editor's report as kept: where it stands follows the change set; its text is the editor's own read. */
export interface ReportRecord {
  id: string;
  status: string;
  updatedAgo: string;
}

export const keys = {
  partnership: (slug: string) => `partnership:${slug}`,
  shipment: (id: string) => `shipment:${id}`,
  packing: (id: string) => `packing:${id}`,
  report: (id: string) => `report:${id}`,
  money: (slug: string, year: number) => `money:${slug}:${year}`,
};

/** The records a change set may write: read in the transaction that writes them. */
export function recordsOf(partnershipId: string, changes: ChangeSet): string[] {
  return [
    keys.partnership(partnershipId),
    ...(changes.shipmentChanges ?? []).flatMap((c) => [keys.shipment(c.shipment.id), keys.packing(c.shipment.id)]),
    ...(changes.reports ?? []).map((r) => keys.report(r.id)),
    ...(changes.ledgers ?? []).map((l) => keys.money(partnershipId, l.year)),
  ];
}

/**
 * The records as they become with the change set applied to what the phone knows. A record the phone never read is
 * made only when the change set carries it whole (a shipment new to the phone); otherwise it waits for its screen's
 * first read, which takes the server's answer whole anyway.
 */
export function applyChangeSet(partnershipId: string, changes: ChangeSet, known: Map<string, unknown>): Writes {
  const writes: Writes = new Map();
  const get = <T>(key: string) => (writes.get(key) ?? known.get(key)) as T | undefined;

  for (const change of changes.shipmentChanges ?? []) {
    const { id, status } = change.shipment;
    const shipment = get<Shipment>(keys.shipment(id));
    if (shipment || change.fromVersion === 0) writes.set(keys.shipment(id), applyChange(shipment ?? { id, title: '', status, boxes: [] }, change));
    const packing = get<PackingRecord>(keys.packing(id));
    if (packing) writes.set(keys.packing(id), { ...packing, status, title: change.title ?? packing.title });
  }
  for (const row of changes.reports ?? []) {
    const report = get<ReportRecord>(keys.report(row.id));
    if (report) writes.set(keys.report(row.id), { ...report, status: row.status, updatedAgo: row.updatedAgo });
  }
  // Only a newer ledger is written: the screen's own answer may be ahead of the change set, and a form open on it stays.
  // Its transactions and its totals come as they are; the rest (budget lines, totals by funder, the hardware) stays as read.
  for (const ledger of changes.ledgers ?? []) {
    const key = keys.money(partnershipId, ledger.year);
    const kept = get<MoneyRecord>(key);
    if (kept && ledger.version > kept.money.version) {
      writes.set(key, { ...kept, money: { ...kept.money, ...ledger, totals: { ...kept.money.totals, ...ledger.totals } } });
    }
  }

  const partnership = get<PartnershipRecord>(keys.partnership(partnershipId));
  // Written only when something of it changed: the page's screens redraw when told, and a form being filled in goes.
  if (partnership && (changes.milestones?.length || changes.reports?.length || changes.shipmentChanges?.length)) {
    const statuses = new Map((changes.shipmentChanges ?? []).map((c) => [c.shipment.id, c.shipment.status]));
    writes.set(keys.partnership(partnershipId), {
      ...partnership,
      milestones: merged(partnership.milestones, changes.milestones).sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
      reports: merged(partnership.reports, changes.reports),
      shipments: partnership.shipments.map((s) => ({ ...s, status: statuses.get(s.id) ?? s.status })),
    });
  }
  return writes;
}

/** The kept rows with the fresh ones in their place, new ones last. */
function merged<T extends { id: string }>(kept: T[], fresh: T[] | undefined): T[] {
  if (!fresh?.length) return kept;
  const byId = new Map(fresh.map((row) => [row.id, row]));
  return [...kept.map((row) => byId.get(row.id) ?? row), ...fresh.filter((row) => !kept.some((k) => k.id === row.id))];
}
