// What the password screens share: a password input, and the app's own bilingual checks before anything is sent.

import { h } from '../dom';
import { bi } from '../i18n';

export const MIN_PASSWORD_LENGTH = 10;

export function passwordField(id: string, autocomplete: string): HTMLInputElement {
  return h('input', { id, name: id, type: 'password', autocomplete, required: true, minlength: MIN_PASSWORD_LENGTH });
}

/** Why the passwords typed cannot be sent, said in both languages; null when they can. */
export function passwordsProblem(next: string, again: string, ...required: string[]): HTMLElement | null {
  const say = (fr: string, en: string) => h('p', { class: 'refused', role: 'alert' }, bi(fr, en));
  if (required.some((value) => !value.trim())) return say('Remplissez chaque champ.', 'Fill in every field.');
  if (next.length < MIN_PASSWORD_LENGTH) {
    return say(`Le nouveau mot de passe doit compter ${MIN_PASSWORD_LENGTH} caractères au moins.`,
      `The new password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (next !== again) return say('Les deux nouveaux mots de passe diffèrent.', 'The two new passwords differ.');
  return null;
}
