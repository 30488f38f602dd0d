// Home: the partnerships the person works on, from the Viewer kept on the phone; for the fund's reviewers their files
// to review, for its managers the calls to rank (chunks loaded only for them).

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
    if (viewer?.roles.includes('FUND_REVIEWER')) main.append(await (await import('../fund/assignments')).assignmentsSection(session));
    if (viewer?.roles.includes('FUND_MANAGER')) main.append(await (await import('../fund/ranking')).callsSection(session));
  } catch (e) {
    main.append(errorLine(e));
  }
  return main;
}
