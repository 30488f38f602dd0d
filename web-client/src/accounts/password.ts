// « Mot de passe »: the person changes her own password, giving the current one. This phone stays signed in; every
// other session of hers ends, so a phone she lost or lent is signed out too.

import { api, errorLine, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';
import { passwordField, passwordsProblem } from './password-fields';
import ChangePassword from 'virtual:document-ids/ChangePassword';

export function passwordScreen(_session: Session): HTMLElement {
  const current = passwordField('current-password', 'current-password');
  const next = passwordField('new-password', 'new-password');
  const again = passwordField('new-password-again', 'new-password');
  const status = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'primary' }, bi('Changer le mot de passe', 'Change the password'));
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event: Event) => {
      event.preventDefault();
      const problem = passwordsProblem(next.value, again.value, current.value);
      if (problem) {
        status.replaceChildren(problem);
        return;
      }
      submit.disabled = true;
      try {
        await api.mutate(ChangePassword, { input: { clientMutationId: crypto.randomUUID(), currentPassword: current.value, newPassword: next.value } });
        form.reset();
        status.replaceChildren(h('p', { class: 'notice', role: 'status' },
          bi('Mot de passe changé. Vos autres appareils sont déconnectés.', 'Password changed. Your other devices are signed out.')));
      } catch (e) {
        status.replaceChildren(errorLine(e));
      } finally {
        submit.disabled = false;
      }
    },
  },
  h('label', { for: 'current-password' }, bi('Mot de passe actuel', 'Current password')), current,
  h('label', { for: 'new-password' }, bi('Nouveau mot de passe (10 caractères au moins)', 'New password (at least 10 characters)')), next,
  h('label', { for: 'new-password-again' }, bi('Nouveau mot de passe, encore une fois', 'New password, once more')), again,
  submit, status);
  return h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: '#', class: 'button' }, bi('← Accueil', '← Home'))),
    h('h2', {}, bi('Mot de passe', 'Password')), form);
}
