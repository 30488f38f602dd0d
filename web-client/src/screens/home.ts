// Home: the partnerships the person works on, from the viewer the phone keeps (the sign-in's answer, then each
// later read); painted without waiting for the network, and again when a fresher viewer comes in.

import type { Session, Viewer } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';

export function homeScreen(session: Session): HTMLElement {
  const main = h('main', { id: 'main', tabindex: -1 }, h('h2', {}, bi('Mes partenariats', 'My partnerships')));
  const list = h('div', {});
  let shown: Viewer | null | undefined;
  const paint = () => {
    if (session.viewer === shown) return;
    shown = session.viewer;
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
  session.onChange = paint;
  main.append(list);
  return main;
}
