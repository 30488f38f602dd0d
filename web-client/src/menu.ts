// The person's menu in the title line: who is signed in, and « Se déconnecter », which asks first and is refused
// while work that only this sign-in can send is waiting for the network.

import { h } from './dom';
import { bi, plain } from './i18n';

export interface MenuOptions {
  /** Who is signed in, as the menu names her. */
  name: string;
  /** What stops a sign-out now, in both languages; null when nothing does. Asked at each tap. */
  signOutRefused: () => Promise<[string, string] | null>;
  signOut: () => Promise<void>;
  /** Entries other screens bring (a password change…), shown above « Se déconnecter ». */
  entries?: Node[];
}

export function accountMenu({ name, signOutRefused, signOut, entries = [] }: MenuOptions): HTMLElement {
  const answer = h('div', { class: 'menu-answer', 'aria-live': 'polite' });
  const ask = async () => {
    const refused = await signOutRefused();
    if (refused) {
      answer.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi(...refused)));
      return;
    }
    const yes = h('button', { type: 'button', class: 'primary', id: 'sign-out-yes', onclick: () => void signOut() }, bi('Oui, me déconnecter', 'Yes, sign me out'));
    answer.replaceChildren(
      h('p', {}, bi('Se déconnecter de ce téléphone ?', 'Sign out of this phone?')),
      yes, ' ',
      h('button', { type: 'button', onclick: () => answer.replaceChildren() }, bi('Annuler', 'Cancel')));
    yes.focus();
  };
  const menu = h('details', { class: 'menu' },
    h('summary', { 'aria-label': plain('Menu du compte', 'Account menu') }, bi('Menu', 'Menu')),
    h('div', { class: 'menu-panel' },
      h('p', { class: 'muted' }, name),
      ...entries,
      h('button', { type: 'button', id: 'sign-out', onclick: () => void ask() }, bi('Se déconnecter', 'Sign out')),
      answer));
  // Closed again, it forgets a question left unanswered.
  menu.addEventListener('toggle', () => { if (!menu.open) answer.replaceChildren(); });
  return menu;
}
