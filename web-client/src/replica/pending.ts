// What the outbox still holds, projected onto the records it is about: a screen asks what is pending for shipment X
// or report Y and gets verdicts, a status, an edit, never the raw inputs to pick apart.

import type { Action } from '../outbox';
import { isKind, type Typed, type Verdict } from './actions';
import { reportId, shipmentId } from './ids';
import type { PackingRecord } from './protocol';
import type { Shipment } from './shipment-changes';

export interface PendingShipment {
  /** Item by item, the verdict waiting to go up (a box's line stands for each of its items). */
  verdicts: Map<string, Verdict>;
  /** Item by item, the pending action whose verdict the server will keep: the one to change for a correction. */
  deciding: Map<string, Action>;
  /** A « Tout reçu » waiting to go up, which the person may still take back. */
  allReceived?: Action;
  /** The status the last pending advance asks for. */
  status?: string;
}

/**
 * `shipment`: the items as known, which « Tout reçu » and a box's line stand for. As the server will decide: the
 * first action about an item wins, and within an action the item's own line wins over its box's.
 */
export function pendingShipment(id: string, actions: readonly Action[], shipment?: Shipment): PendingShipment {
  const verdicts = new Map<string, Verdict>();
  const deciding = new Map<string, Action>();
  const items = shipment?.boxes.flatMap((b) => b.items) ?? [];
  let status: string | undefined;
  let allReceived: Action | undefined;
  const decide = (itemId: string, verdict: Verdict, action: Action) => {
    if (verdicts.has(itemId)) return;
    verdicts.set(itemId, verdict);
    deciding.set(itemId, action);
  };
  for (const action of actions) {
    if (action.state !== 'pending') continue;
    if (isKind(action, 'receiveShipment') && action.input.shipmentId === id) {
      allReceived ??= action;
      for (const item of items) if (!item.verdict) decide(item.id, 'RECEIVED', action);
    } else if (isKind(action, 'confirmShipmentItems') && action.input.shipmentId === id) {
      const lines = [...action.input.verdicts].sort((a, b) => Number(!a.itemId) - Number(!b.itemId));
      for (const line of lines) {
        const box = shipment?.boxes.find((b) => b.id === line.boxId);
        for (const item of box ? box.items.map((i) => i.id) : line.itemId ? [line.itemId] : []) decide(item, line.verdict, action);
      }
    } else if (isKind(action, 'advanceShipment') && action.input.shipmentId === id) {
      status = action.input.status;
    }
  }
  return { verdicts, deciding, allReceived, status };
}

/**
 * A shipment prepared on this phone and not yet acknowledged, as the server will number it (b1…, i1… in order): its
 * packing list and labels before the first sync.
 */
export async function preparedShipment(partnershipId: string, id: string, actions: readonly Action[]): Promise<PackingRecord | undefined> {
  for (const action of actions) {
    if (action.state !== 'pending' || !isKind(action, 'prepareShipment') || action.partnershipId !== partnershipId) continue;
    const packing = await packingOf(action);
    if (packing.id === id) return packing;
  }
  return undefined;
}

/** The packing list a preparation makes: also what the copy keeps once the server acknowledged it. */
export async function packingOf(action: Typed<'prepareShipment'>): Promise<PackingRecord> {
  let n = 0;
  return {
    id: await shipmentId(action.partnershipId, action.id), title: action.input.title, status: 'PREPARED',
    boxes: action.input.boxes.map((b, i) => ({ id: `b${i + 1}`, label: b.label, items: b.items.map((item) => ({ id: `i${++n}`, ...item })) })),
  };
}

export interface PendingReport {
  /** Its creation is still to go up. */
  drafted: boolean;
  /** An edit of its text is still to go up. */
  edited: boolean;
  /** Its submission is still to go up. */
  submitted: boolean;
  /** The server refused one of its actions: kept with its message until the person drops it. */
  refused: boolean;
}

/** `actions`: pending and refused, as the outbox keeps them. */
export function pendingReport(id: string, actions: readonly Action[]): PendingReport {
  const about = actions.filter((a) => (isKind(a, 'draftReport') && reportId(a.input.partnershipId, a.input.periodStart, a.input.periodEnd) === id)
    || (isKind(a, 'editReport', 'submitReport') && a.input.reportId === id));
  const waiting = (kind: string) => about.some((a) => a.state === 'pending' && a.kind === kind);
  return { drafted: waiting('draftReport'), edited: waiting('editReport'), submitted: waiting('submitReport'), refused: about.some((a) => a.state === 'refused') };
}
