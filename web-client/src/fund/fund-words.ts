// The fund's words shared by its screens (statuses, kinds of piece) and the line that says a desk action needs the
// network: a filing or a decision is sent at once, never queued, so offline the screen says so before anyone tries.

import { englishDate, frenchDate } from '../dates';
import { h } from '../dom';
import { bi } from '../i18n';

export const STATUS: Record<string, [string, string]> = {
  DRAFT: ['brouillon', 'draft'],
  SUBMITTED: ['déposé', 'filed'],
  RETURNED: ['renvoyé pour compléments', 'returned for completion'],
  UNDER_REVIEW: ['en instruction', 'under review'],
  GRANTED: ['accordé', 'granted'],
  DECLINED: ['refusé', 'declined'],
};

export const PIECES: Record<string, [string, string]> = {
  SIGNED_PARTNERSHIP_AGREEMENT: ['Convention de partenariat signée', 'Signed partnership agreement'],
  COUNCIL_DELIBERATION: ['Délibération du conseil', 'Council deliberation'],
  COSTED_LETTER_OF_INTENT: ['Lettre d’intention chiffrée', 'Costed letter of intent'],
  OTHER: ['Autre pièce', 'Other piece'],
};

export const status = (value: string) => bi(...(STATUS[value] ?? [value, value]));

/** « 6 décembre 2026 », the way the messages write dates; « 6 December 2026 » for the English half. */
export function day(iso: string, english = false): string {
  return english ? englishDate(iso) : frenchDate(iso);
}

/**
 * « Hors ligne — … » while the browser has no network, empty otherwise; follows the network as long as the line is
 * on screen. `what` says what waits for it (« Le dépôt », « La décision »).
 */
export function networkLine(fr: string, en: string): HTMLElement {
  const line = h('p', { class: 'notice', role: 'status', id: 'network-line' });
  const paint = () => {
    if (!line.isConnected && line.dataset.shown) {
      window.removeEventListener('online', paint);
      window.removeEventListener('offline', paint);
      return;
    }
    line.dataset.shown = '1';
    line.hidden = navigator.onLine;
    line.replaceChildren(navigator.onLine ? '' : bi(`Hors ligne — ${fr}`, `Offline — ${en}`));
  };
  window.addEventListener('online', paint);
  window.addEventListener('offline', paint);
  paint();
  return line;
}

/** A refusal or a success told next to the button that acted. */
export function said(into: HTMLElement, ok: boolean, content: Node | string): void {
  into.replaceChildren(h('p', { class: ok ? 'notice' : 'refused', role: ok ? 'status' : 'alert' }, content));
}
