// What the mission, answer and reconciliation screens say the same way: a date in words, a problem next to the
// button that met it, an action waiting to go up, and that the forms work offline.

import { englishDate, frenchDate } from '../dates';
import { h } from '../dom';
import { bi, lang, type Lang } from '../i18n';
import { word as serverWord } from '../words';

/** « 6 décembre 2026 » (or « 6 December 2026 »): the app's one date formatter, in the person's language by default. */
export function longDate(iso: string, language: Lang = lang() === 'en' ? 'en' : 'fr'): string {
  return language === 'en' ? englishDate(iso) : frenchDate(iso);
}

export function problemLine(fr: string, en: string): HTMLElement {
  return h('p', { class: 'refused', role: 'alert' }, bi(fr, en));
}

/** Said beside the forms whose action goes to the outbox. */
export function worksOffline(): HTMLElement {
  return h('p', { class: 'muted' }, bi('Fonctionne hors ligne : envoyé au retour du réseau.', 'Works offline: sent when the network returns.'));
}

/** A queued action, in words, as it waits to go up. */
export function waitingLine(fr: string, en: string): HTMLElement {
  return h('p', { class: 'waiting' }, h('strong', {}, bi(fr, en)), ' · ', h('em', {}, bi('en attente d’envoi', 'waiting to be sent')));
}

/** The words of the missions' and the items' lives, which only these screens show; the rest as words.ts has them. */
const WORDS: Record<string, [string, string]> = {
  UNDER_WAY: ['en cours', 'under way'],
  REPORTED: ['compte rendu déposé', 'reported'],
  INSTALLED: ['installé', 'installed'],
  SEEN_WORKING: ['vu en marche', 'seen working'],
  SEEN_BROKEN: ['vu en panne', 'seen broken'],
};

export function word(value: string): DocumentFragment {
  const words = WORDS[value];
  return words ? bi(...words) : serverWord(value);
}
