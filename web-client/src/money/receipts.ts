// The South's « Reçu / Non reçu » on the phone: queued in the outbox, so it works with no signal and leaves with the
// next sync, which sends it again under the same id until the server acknowledges it (applied once). Until then the
// budget shows it pending in place of the buttons; once acknowledged, the ledger the sync brings back shows it.

import type { Session } from '../app';
import type { Action } from '../outbox';
import { h } from '../dom';
import { bi } from '../i18n';
import { isKind } from '../replica/actions';
import { keys } from '../replica/protocol';

/**
 * What the budget of a year watches: its record, which a sync writes when the ledger changed, and the partnership,
 * which the replica tells when a receipt is queued, acknowledged or refused.
 */
export const budgetTopics = (slug: string, year: number) => [keys.money(slug, year), keys.partnership(slug)];

/** The receipts of a year waiting to go up, by transaction: true for « Reçu », false for « Non reçu ». */
export function pendingReceipts(actions: readonly Action[], year: number): Map<string, boolean> {
  const waiting = new Map<string, boolean>();
  for (const action of actions) {
    if (action.state === 'pending' && isKind(action, 'confirmFundsReceived') && action.input.year === year) {
      waiting.set(action.input.transactionId, action.input.received);
    }
  }
  return waiting;
}

/** Queues the person's word on funds sent to her authority; the screens showing the year's budget are told. */
export function queueReceipt(session: Session, slug: string, year: number, transactionId: string, received: boolean): Promise<void> {
  return session.queue('confirmFundsReceived', slug, { partnershipId: slug, year, transactionId, received });
}

/** What a transaction shows while its receipt waits for the network. */
export function pendingReceiptLine(received: boolean): HTMLElement {
  return h('p', { class: 'pending', role: 'status' },
    received
      ? bi('« Reçu » en attente d’envoi : il partira à la prochaine synchronisation.', '« Received » waiting to be sent: it leaves with the next sync.')
      : bi('« Non reçu » en attente d’envoi : il partira à la prochaine synchronisation.', '« Not received » waiting to be sent: it leaves with the next sync.'));
}
