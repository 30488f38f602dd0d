// The app's own words for a field left wrong, in both languages, in place of the browser's bubble (which speaks the
// browser's language only, vanishes after a few seconds and hides what is under it). Loaded the first time a field
// is refused (see `ownValidationMessages` in main.ts): the browser still checks `required`, `min`, `type=email`….

import { h } from './dom';
import { bi } from './i18n';

/** What is wrong with a field, French and English; null when nothing is. */
export function problemOf(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): [string, string] | null {
  const v = control.validity;
  if (v.valid) return null;
  if (v.valueMissing) return ['Ce champ est obligatoire.', 'This field is required.'];
  if (v.typeMismatch && control.type === 'email') return ['Adresse électronique incomplète (exemple : nom@domaine.sn).', 'Incomplete email address (e.g. name@domain.sn).'];
  if (v.badInput) return ['Valeur illisible : vérifiez la saisie.', 'Unreadable value: check what was typed.'];
  const { min, max } = control as HTMLInputElement;
  if (v.rangeUnderflow || v.rangeOverflow) return [`Entre ${min || '…'} et ${max || '…'}.`, `Between ${min || '…'} and ${max || '…'}.`];
  if (v.tooLong) return ['Texte trop long.', 'Text too long.'];
  if (v.tooShort) return ['Texte trop court.', 'Text too short.'];
  return ['Valeur non valable.', 'Value not valid.'];
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The field's problem said below it, and tied to it for a screen reader. */
export function show(control: Control): void {
  const problem = problemOf(control);
  if (!problem) return;
  const id = `${control.id || control.name || 'field'}-problem`;
  let line = control.parentElement?.querySelector<HTMLElement>(`[data-problem-for="${CSS.escape(id)}"]`);
  if (!line) {
    line = h('p', { class: 'field-problem', id, 'data-problem-for': id });
    control.after(line);
  }
  line.replaceChildren(bi(...problem));
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', id);
}

export function hide(control: Control): void {
  const id = control.getAttribute('aria-describedby');
  if (id) control.parentElement?.querySelector(`[data-problem-for="${CSS.escape(id)}"]`)?.remove();
  control.removeAttribute('aria-invalid');
  control.removeAttribute('aria-describedby');
}
