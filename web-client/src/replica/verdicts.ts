// Changing what waits on the phone about a shipment, before it leaves: an item's verdict corrected in the pending
// action that decides it (never a second action, which the server would take for a dispute with oneself), and
// « Tout reçu » taken back. The changed action names the one it replaces: if that one was applied and only its answer
// was lost, the server corrects its verdict instead of recording a dispute. Only the receiving screen does this, so it
// travels with that screen's chunk.

import type { Action } from '../outbox';
import { isKind, topicsOf, type ActionInputs, type VerdictLine } from './actions';
import { pendingShipment, type PendingShipment } from './pending';
import type { Replica } from './replica';
import type { Shipment } from './shipment-changes';

/**
 * An item's verdict as the person gives it: in place of the pending one that decides it while that one has not left,
 * else as a new action. A round trip carrying the pending one is waited for; false when it was acknowledged meanwhile
 * (it left: the screen shows the server's verdict).
 */
export async function giveVerdict(replica: Replica, partnershipId: string, shipment: Shipment, line: VerdictLine & { itemId: string }): Promise<boolean> {
  const pending = pendingShipment(shipment.id, await replica.pending(partnershipId), shipment);
  const deciding = pending.deciding.get(line.itemId);
  if (!deciding) {
    await replica.queue('confirmShipmentItems', partnershipId, { shipmentId: shipment.id, verdicts: [line] });
    return true;
  }
  const input: ActionInputs['confirmShipmentItems'] = {
    shipmentId: shipment.id, verdicts: correctedVerdicts(deciding, line, pending, shipment), replaces: replacedBy(deciding),
  };
  await replica.outbox.notSending(deciding.id);
  const changed = await replica.outbox.swap(deciding.id, 'confirmShipmentItems', input);
  replica.emit(topicsOf(deciding));
  return changed !== null;
}

/** The server keeps at most this many ids in `replaces`: a verdict changed over and over keeps the latest ones. */
const MAX_REPLACES = 20;

/**
 * The actions a change of `deciding` stands in for: `deciding` itself and those it stood in for. Any of them may have
 * reached the server with its answer lost — the phone cannot tell — and a verdict one of them set must be corrected
 * by the change, not disputed by its own author. One that never arrived is named for nothing: harmless.
 */
export function replacedBy(deciding: Action): string[] {
  const earlier = isKind(deciding, 'confirmShipmentItems') ? deciding.input.replaces ?? [] : [];
  return [...earlier, deciding.id].slice(-MAX_REPLACES);
}

/** A pending action taken back before it left (« Annuler »), once any round trip carrying it ended; false when it left. */
export async function withdraw(replica: Replica, action: Action): Promise<boolean> {
  await replica.outbox.notSending(action.id);
  const withdrawn = await replica.outbox.withdraw(action.id);
  replica.emit(topicsOf(action));
  return withdrawn;
}

/**
 * The input that takes the place of `deciding` so that it says `line` for its item, all else as it was: the same
 * lines with the item's own one changed, or, for a « Tout reçu », one line « reçu » for each item it stood for.
 */
export function correctedVerdicts(deciding: Action, line: VerdictLine & { itemId: string }, pending: PendingShipment, shipment: Shipment): VerdictLine[] {
  const lines: VerdictLine[] = isKind(deciding, 'confirmShipmentItems')
    ? deciding.input.verdicts
    : shipment.boxes.flatMap((b) => b.items).filter((i) => pending.deciding.get(i.id) === deciding).map((i) => ({ itemId: i.id, verdict: 'RECEIVED' as const }));
  const at = lines.findIndex((l) => l.itemId === line.itemId);
  return at < 0 ? [...lines, line] : lines.map((l, i) => (i === at ? line : l));
}

