// A one-time code and a password of one's own, then signed in: « J'ai reçu une invitation » (the invitation's code, a
// first password) and « Mot de passe oublié ? » (the reset code an administrator gave, a new password, every other
// session of hers ended). One form, two sets of words.

import { api, errorLine, type Viewer } from '../app';
import type { Tokens } from '../api';
import { h } from '../dom';
import { bi, plain } from '../i18n';
import { passwordField, passwordsProblem } from './password-fields';
import AcceptInvitation from 'virtual:document-ids/AcceptInvitation';
import ResetPassword from 'virtual:document-ids/ResetPassword';

export type CodeKind = 'reset' | 'invitation';

type Words = readonly [string, string];

const kinds: Record<CodeKind, { title: Words; label: Words; intro: Words; send: (email: string, code: string, password: string) => Promise<Tokens & { viewer: Viewer }> }> = {
  reset: {
    title: ['Mot de passe oublié ?', 'Forgot password?'],
    label: ['Mot de passe oublié', 'Forgot password'],
    intro: ['Un administrateur vous a remis un code (valable 7 jours, une seule fois) : tapez-le avec votre nouveau mot de passe.',
      'An administrator gave you a code (valid 7 days, once): type it with your new password.'],
    send: (email: string, code: string, password: string) =>
      api.signInWithCode<Tokens & { viewer: Viewer }>(ResetPassword, 'resetPassword', { clientMutationId: crypto.randomUUID(), email, code, newPassword: password }),
  },
  invitation: {
    title: ['J’ai reçu une invitation', 'I received an invitation'],
    label: ['Invitation', 'Invitation'],
    intro: ['Tapez l’adresse et le code de votre invitation (valable 7 jours), puis choisissez votre mot de passe.',
      'Type the address and the code of your invitation (valid 7 days), then choose your password.'],
    send: (email: string, code: string, password: string) =>
      api.signInWithCode<Tokens & { viewer: Viewer }>(AcceptInvitation, 'acceptInvitation', { clientMutationId: crypto.randomUUID(), email, code, password }),
  },
};

export function codeForm(kind: CodeKind, email: string, done: (viewer: Viewer) => void, back: () => void): HTMLElement {
  const words = kinds[kind];
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
        const { viewer } = await words.send(address.value.trim(), code.value.trim(), next.value);
        done(viewer);
      } catch (e) {
        status.replaceChildren(errorLine(e));
        submit.disabled = false;
      }
    },
  },
  h('p', {}, bi(...words.intro)),
  h('label', { for: 'reset-email' }, bi('Adresse électronique', 'Email address')), address,
  h('label', { for: 'reset-code' }, bi('Code reçu (ex. K7P3-XM9Q-2RTW)', 'Code received (e.g. K7P3-XM9Q-2RTW)')), code,
  h('label', { for: 'reset-password' }, bi('Nouveau mot de passe (10 caractères au moins)', 'New password (at least 10 characters)')), next,
  h('label', { for: 'reset-password-again' }, bi('Nouveau mot de passe, encore une fois', 'New password, once more')), again,
  submit, status,
  h('p', {}, h('button', { type: 'button', class: 'link', onclick: back }, bi('← Retour à la connexion', '← Back to sign-in'))));
  form.setAttribute('aria-label', plain(...words.label));
  return h('section', {}, h('h2', { tabindex: -1 }, bi(...words.title)), form);
}
