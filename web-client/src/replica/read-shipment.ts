// Opening a shipment's screen (the agent's receiving, the North's packing list and reconciliation): the shipment read
// through the offline copy — the server when the network answers, the copy kept on this phone otherwise — or the
// screen says it has nothing to show. Only those screens use it, so it travels with their chunks.

import { errorLine, offline, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';

/**
 * The shipment under `key`, read with `read` and kept in the copy; `before`, read first, stands in when neither the
 * server nor the copy has it (a packing list prepared here and not yet synced). Null when there is nothing: the error,
 * or « introuvable », is then on `main`, and the screen stops there. `stale`: the value is the kept copy's.
 */
export async function readShipment<T>(
  session: Session, main: HTMLElement, key: string, read: () => Promise<T | null>, before?: () => Promise<T | null | undefined>,
): Promise<{ shipment: T; stale: boolean } | null> {
  let shipment: T | null | undefined;
  let stale = false;
  try {
    const earlier = await before?.();
    ({ value: shipment, stale } = await session.replica.readThrough<T | null>(key, read, offline));
    shipment ??= earlier;
  } catch (e) {
    main.append(errorLine(e));
    return null;
  }
  if (!shipment) {
    main.append(h('p', {}, bi('Envoi introuvable, ou jamais ouvert sur ce téléphone hors ligne.', 'Shipment not found, or never opened on this phone while offline.')));
    return null;
  }
  return { shipment, stale };
}
