// Home: the partnerships the person works on, from the Viewer kept on the phone.

import { api, errorLine, offline, type Session, type Viewer } from '../app';
import { readThrough } from '../cache';
import { h } from '../dom';
import { bi } from '../i18n';

export async function homeScreen(session: Session): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 }, h('h2', {}, bi('Mes partenariats', 'My partnerships')));
  try {
    const { value: viewer } = await readThrough<Viewer | null>(session.person, 'viewer',
      async () => (await api.query<{ viewer: Viewer | null }>('Viewer')).viewer, offline);
    if (viewer) main.append(h('p', {}, viewer.displayName));
    const memberships = viewer?.memberships ?? [];
    main.append(memberships.length
      ? h('ul', { class: 'cards' }, ...memberships.map((m) =>
        h('li', {}, h('a', { href: `#/p/${encodeURIComponent(m.partnership.slug)}` }, m.partnership.name))))
      : h('p', {}, bi('Aucun partenariat à afficher.', 'No partnership to show.')));
  } catch (e) {
    main.append(errorLine(e));
  }
  return main;
}
