// Sign-in: email and password, once; the refresh token then keeps the person signed in on this phone.

import { api, errorLine, header, type Viewer } from '../app';
import type { Tokens } from '../api';
import { h } from '../dom';
import { bi, plain } from '../i18n';

/** `done` gets the sign-in's answer about the person: the home screen needs no other round trip. */
export function signInScreen(done: (viewer: Viewer) => void): HTMLElement {
  const email = h('input', { id: 'email', type: 'email', name: 'email', autocomplete: 'username', required: true, inputmode: 'email' });
  const password = h('input', { id: 'password', type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const status = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit' }, bi('Se connecter', 'Sign in'));
  const form = h('form', {
    onsubmit: async (event: Event) => {
      event.preventDefault();
      submit.disabled = true;
      status.replaceChildren(h('p', {}, bi('Connexion…', 'Signing in…')));
      try {
        const { viewer } = await api.signIn<Tokens & { viewer: Viewer }>(email.value.trim(), password.value, crypto.randomUUID());
        done(viewer);
      } catch (e) {
        status.replaceChildren(errorLine(e));
        submit.disabled = false;
        password.focus();
      }
    },
  },
  h('label', { for: 'email' }, bi('Adresse électronique', 'Email address')), email,
  h('label', { for: 'password' }, bi('Mot de passe', 'Password')), password,
  submit, status);
  form.setAttribute('aria-label', plain('Connexion', 'Sign in'));
  const signIn = h('section', {}, h('h2', {}, bi('Connexion', 'Sign in')), form,
    h('p', {}, h('button', { type: 'button', class: 'link', id: 'forgot-password', onclick: () => void withCode('reset') }, bi('Mot de passe oublié ?', 'Forgot password?'))),
    h('p', {}, h('button', { type: 'button', class: 'link', id: 'accept-invitation', onclick: () => void withCode('invitation') }, bi('J’ai reçu une invitation', 'I received an invitation'))));
  const main = h('main', { id: 'main' }, signIn);
  // The code forms are a chunk of their own: most sign-ins never need them.
  const withCode = async (kind: 'reset' | 'invitation') => {
    const { codeForm } = await import('../accounts/forgot-password');
    const form = codeForm(kind, email.value.trim(), done, () => { main.replaceChildren(signIn); email.focus(); });
    main.replaceChildren(form);
    form.querySelector<HTMLElement>('h2')?.focus();
  };
  return h('div', {}, header(), main);
}
