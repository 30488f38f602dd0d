// Home: the partnerships the person works on, from the viewer the phone keeps (the sign-in's answer, then each
// later read); painted without waiting for the network, and again when a fresher viewer comes in. For the fund's
// reviewers their files to review, for its managers the calls to rank (chunks loaded only for them).

import { VIEWER, errorLine, type Session, type Viewer } from '../app';
import { h } from '../dom';
import { bi, plain } from '../i18n';

export function homeScreen(session: Session): HTMLElement {
  const main = h('main', { id: 'main', tabindex: -1 }, h('h2', {}, bi('Mes partenariats', 'My partnerships')));
  const list = h('div', {});
  const roles = h('div', {});
  let shown: Viewer | null | undefined;
  let rolesShown = false;
  const paint = () => {
    if (session.viewer === shown) return;
    shown = session.viewer;
    if (shown && !rolesShown) {
      rolesShown = true;
      void fundSections(session, shown, roles);
    }
    const memberships = shown?.memberships ?? [];
    list.replaceChildren(...[
      shown ? h('p', {}, shown.displayName) : null,
      memberships.length
        ? h('ul', { class: 'cards' }, ...memberships.map((m) =>
          h('li', {}, h('a', { href: `#/p/${encodeURIComponent(m.partnership.slug)}` }, m.partnership.name))))
        : h('p', {}, bi('Aucun partenariat à afficher.', 'No partnership to show.')),
    ].filter((e) => e !== null));
  };
  paint();
  session.replica.watch([VIEWER], paint);
  main.append(list, roles, accountLinks(session));
  return main;
}

/** The fund's people find their work on the home screen; the chunks load only for them. */
async function fundSections(session: Session, viewer: Viewer, into: HTMLElement): Promise<void> {
  try {
    if (viewer.roles.includes('FUND_REVIEWER')) into.append(await (await import('../fund/assignments')).assignmentsSection(session));
    if (viewer.roles.includes('FUND_MANAGER')) into.append(await (await import('../fund/ranking')).callsSection(session));
    if (viewer.memberships.some((m) => m.role === 'NORTH_STAFF')) into.append(await (await import('../fund/application')).applicationsSection(session, viewer));
  } catch (e) {
    into.append(errorLine(e));
  }
}

/** Her own password, for administrators the screen on people; the dashboard for them, the fund's managers and North staff. */
function accountLinks(session: Session): HTMLElement {
  const v = session.viewer;
  return h('nav', { 'aria-label': plain('Compte', 'Account') }, h('p', { class: 'actions' },
    v?.roles.some((r) => r === 'ADMINISTRATOR' || r === 'FUND_MANAGER') || v?.memberships.some((m) => m.role === 'NORTH_STAFF')
      ? h('a', { href: '#/t', class: 'button' }, bi('Tableau de bord', 'Dashboard')) : null,
    h('a', { href: '#/mot-de-passe', class: 'button' }, bi('Mot de passe', 'Password')),
    session.viewer?.roles.includes('ADMINISTRATOR') ? h('a', { href: '#/administration', class: 'button' }, bi('Administration', 'Administration')) : null));
}
