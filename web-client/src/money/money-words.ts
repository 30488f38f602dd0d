// The budget screen's words and small pieces shared by its forms: funders and kinds of transaction in both
// languages, how an answer is told, a labelled field, a list to choose from.

import { ApiError } from '../api';
import { offline } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';

export type Funder = 'NORTH_AUTHORITY' | 'SOUTH_AUTHORITY' | 'SOLIDARITY_FUND' | 'OTHER_CO_FINANCER';
export type Kind = 'COMMITMENT' | 'FUNDS_RECEIVED' | 'DISBURSEMENT' | 'EXPENDITURE';

export const FUNDERS: Record<Funder, [string, string]> = {
  NORTH_AUTHORITY: ['Collectivité du Nord', 'North authority'],
  SOUTH_AUTHORITY: ['Collectivité du Sud', 'South authority'],
  SOLIDARITY_FUND: ['Fonds de Solidarité Numérique', 'Digital Solidarity Fund'],
  OTHER_CO_FINANCER: ['Autre cofinanceur', 'Other co-financer'],
};

export const KINDS: Record<Kind, [string, string]> = {
  COMMITMENT: ['Engagement', 'Commitment'],
  FUNDS_RECEIVED: ['Fonds reçus', 'Funds received'],
  DISBURSEMENT: ['Décaissement', 'Disbursement'],
  EXPENDITURE: ['Dépense', 'Expenditure'],
};

/** Whether the server refused because the ledger changed since the form was filled in. */
export const isConflict = (e: unknown): boolean => e instanceof ApiError && e.code === 'CONFLICT';

/** A refusal in words: offline, that nothing was sent; else the server's own « français / English ». */
export const failure = (e: unknown): DocumentFragment => offline(e)
  ? bi('Hors ligne — le budget demande le réseau ; rien n’a été envoyé.', 'Offline — the budget needs the network; nothing was sent.')
  : biText(e instanceof Error ? e.message : String(e));

/** What an action answered, where the person looks: a notice, or the refusal as an alert. */
export const said = (into: HTMLElement, ok: boolean, content: Node): void =>
  into.replaceChildren(h('p', { class: ok ? 'notice' : 'refused', role: ok ? 'status' : 'alert' }, content));

export const field = (id: string, fr: string, en: string, control: HTMLElement): [HTMLElement, HTMLElement] =>
  [h('label', { for: id }, bi(fr, en)), control];

export const select = (id: string, options: [string, [string, string]][], value?: string): HTMLSelectElement => {
  const s = h('select', { id }, ...options.map(([v, [fr, en]]) => h('option', { value: v }, `${fr} / ${en}`)));
  if (value) s.value = value;
  return s;
};
