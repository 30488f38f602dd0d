// « Mot de passe oublié ? »: the person types the one-time code an administrator gave her and a new password; she is
// then signed in, and every other session of hers ends.

import { api, errorLine, type Viewer } from '../app';
import type { Tokens } from '../api';
import { h } from '../dom';
import { bi, plain } from '../i18n';
import { passwordField, passwordsProblem } from './password-fields';

export function forgotPasswordForm(email: string, done: (viewer: Viewer) => void, back: () => void): HTMLElement {
  const address = h('input', { id: 'reset-email', type: 'email', name: 'email', autocomplete: 'username', required: true, inputmode: 'email', value: email });
  const code = h('input', { id: 'reset-code', name: 'code', autocomplete: 'one-time-code', required: true, autocapitalize: 'characters', spellcheck: 'false' });
  const next = passwordField('reset-password', 'new-password');
  const again = passwordField('reset-password-again', 'new-password');
  const status = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'primary' }, bi('Choisir ce mot de passe', 'Set this password'));
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event: Event) => {
      event.preventDefault();
      const problem = passwordsProblem(next.value, again.value, address.value, code.value);
      if (problem) {
        status.replaceChildren(problem);
        return;
      }
      submit.disabled = true;
      status.replaceChildren(h('p', {}, bi('Envoi…', 'Sending…')));
      try {
        const { viewer } = await api.resetPassword<Tokens & { viewer: Viewer }>(address.value.trim(), code.value.trim(), next.value, crypto.randomUUID());
        done(viewer);
      } catch (e) {
        status.replaceChildren(errorLine(e));
        submit.disabled = false;
      }
    },
  },
  h('p', {}, bi('Un administrateur vous a remis un code (valable 7 jours, une seule fois) : tapez-le avec votre nouveau mot de passe.',
    'An administrator gave you a code (valid 7 days, once): type it with your new password.')),
  h('label', { for: 'reset-email' }, bi('Adresse électronique', 'Email address')), address,
  h('label', { for: 'reset-code' }, bi('Code reçu (ex. K7P3-XM9Q-2RTW)', 'Code received (e.g. K7P3-XM9Q-2RTW)')), code,
  h('label', { for: 'reset-password' }, bi('Nouveau mot de passe (10 caractères au moins)', 'New password (at least 10 characters)')), next,
  h('label', { for: 'reset-password-again' }, bi('Nouveau mot de passe, encore une fois', 'New password, once more')), again,
  submit, status,
  h('p', {}, h('button', { type: 'button', class: 'link', onclick: back }, bi('← Retour à la connexion', '← Back to sign-in'))));
  form.setAttribute('aria-label', plain('Mot de passe oublié', 'Forgot password'));
  return h('section', {}, h('h2', { tabindex: -1 }, bi('Mot de passe oublié ?', 'Forgot password?')), form);
}
