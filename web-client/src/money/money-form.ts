// The frame of the budget's forms: a titled group of fields that needs the network (disabled while the browser has
// none, with a line saying so), a button to send, one to give up a correction, and the place where the answer is
// told — with the field a refusal is about marked and given the focus.

import { ApiError } from '../api';
import { h } from '../dom';
import { bi } from '../i18n';
import { failure, said } from './money-words';
import { fieldAtFault, type FieldAtFault } from './rules';

export interface MoneyForm {
  form: HTMLFormElement;
  /** Where the answer is told. */
  result: HTMLElement;
}

/** The form `id`: its fields inside a fieldset that the network rules (see `followNetwork`), then its buttons. */
export function moneyForm(id: string, title: [string, string], fields: Node[], send: { id: string; label: [string, string] },
  cancel?: () => void): MoneyForm {
  const result = h('div', { id: `${id}-said`, 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, id, class: 'money-form' },
    h('fieldset', { class: 'needs-network' },
      h('legend', {}, h('strong', {}, bi(...title))),
      ...fields,
      h('button', { type: 'submit', class: 'primary', id: send.id }, bi(...send.label)),
      cancel ? h('button', { type: 'button', id: `${id}-cancel`, onclick: cancel }, bi('Annuler la correction', 'Cancel the correction')) : null),
    result);
  return { form, result };
}

/**
 * Tells a refusal and points at the field it is about (by its `extensions.code`): marked invalid, described by the
 * message, focused. Marks of an earlier refusal go first.
 */
export function refused(result: HTMLElement, e: unknown, controls: Partial<Record<FieldAtFault, HTMLElement>>): void {
  for (const control of Object.values(controls)) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
  said(result, false, failure(e));
  const atFault = fieldAtFault(e instanceof ApiError ? e.code : undefined);
  const control = atFault ? controls[atFault] : undefined;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', result.id);
    control.focus();
  }
}

/**
 * Over a change made elsewhere since the form was filled in: says so, with what the line or the transaction (`what`)
 * says now; the form keeps what was typed, and a second press puts it instead.
 */
export function changedMeanwhile(result: HTMLElement, what: [string, string], now: [string, string]): void {
  said(result, false, bi(`Le budget a changé entre-temps. ${what[0]} dit maintenant : ${now[0]}. Vos valeurs sont gardées : enregistrez à nouveau pour les mettre à la place.`,
    `The budget changed meanwhile. ${what[1]} now says: ${now[1]}. Your values are kept: save again to put them instead.`));
}

/** « À compléter : … » for what the form itself finds missing, before anything is sent; false when something is. */
export function complete(result: HTMLElement, problems: [string, string][]): boolean {
  if (!problems.length) return true;
  said(result, false, bi(`À compléter : ${problems.map((p) => p[0]).join(', ')}.`, `To complete: ${problems.map((p) => p[1]).join(', ')}.`));
  return false;
}

/**
 * The budget's forms follow the network while `root` is on screen: disabled, with `line` saying why, as long as the
 * browser has none (every action is sent at once, never queued).
 */
export function followNetwork(root: HTMLElement, line: HTMLElement): () => void {
  const apply = () => {
    if (root.isConnected) root.dataset.shown = '1';
    else if (root.dataset.shown) {
      window.removeEventListener('online', apply);
      window.removeEventListener('offline', apply);
      return;
    }
    const online = navigator.onLine;
    for (const group of root.querySelectorAll<HTMLFieldSetElement>('fieldset.needs-network')) group.disabled = !online;
    line.hidden = online;
    line.replaceChildren(online ? '' : bi('Hors ligne — saisir ou corriger le budget demande le réseau ; les formulaires reviennent avec lui.',
      'Offline — entering or correcting the budget needs the network; the forms come back with it.'));
  };
  window.addEventListener('online', apply);
  window.addEventListener('offline', apply);
  return apply;
}
