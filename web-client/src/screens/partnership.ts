// A partnership's page: milestones with relative dates, the latest report, the shipments with their status and
// summary, each shipment opening its receiving tick-list.

import { api, errorLine, offline, type Session } from '../app';
import { readThrough } from '../cache';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { word } from '../words';

interface Partnership {
  id: string;
  name: string;
  summary: string;
  north: { name: string };
  south: { name: string; country: string };
  milestones: { id: string; title: string; dueOn: string; progress: number; status: string; updatedAgo: string }[];
  reports: { id: string; periodStart: string; periodEnd: string; dueOn: string; overdue: boolean; status: string; updatedAgo: string }[];
  shipments: { id: string; title: string; status: string; summary: string; itemCount: number; checkedCount: number }[];
}

export async function partnershipScreen(session: Session, id: string): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: '#' }, bi('← Mes partenariats', '← My partnerships'))));
  try {
    const { value: p, stale } = await readThrough<Partnership | null>(session.person, `partnership:${id}`,
      async () => (await api.query<{ partnership: Partnership | null }>('Partnership', { id })).partnership, offline);
    if (!p) {
      main.append(h('p', {}, stale
        ? bi('Hors ligne, et cette page n’a pas encore été ouverte sur ce téléphone.', 'Offline, and this page was never opened on this phone.')
        : bi('Partenariat introuvable.', 'Partnership not found.')));
      return main;
    }
    const latest = [...p.reports].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
    main.append(
      h('h2', {}, p.name),
      h('p', { class: 'muted' }, `${p.north.name} — ${p.south.name} (${p.south.country})`),
      ...(stale ? [h('p', { class: 'muted' }, bi('Hors ligne : dernières données gardées sur ce téléphone.', 'Offline: last data kept on this phone.'))] : []),
      h('h3', {}, bi('Envois', 'Shipments')),
      h('ul', { class: 'cards' }, ...p.shipments.map((s) => h('li', {},
        h('a', { href: `#/s/${encodeURIComponent(id)}/${encodeURIComponent(s.id)}` }, s.title),
        h('br'), h('span', { class: 'tag' }, word(s.status)), ' ', biText(s.summary)))),
      h('h3', {}, bi('Dernier rapport', 'Latest report')),
      latest
        ? h('p', {}, `${latest.periodStart} → ${latest.periodEnd} · `, h('span', { class: 'tag' }, word(latest.status)), ' ',
          latest.overdue ? h('strong', { class: 'late' }, bi('en retard', 'overdue')) : null, ' · ', biText(latest.updatedAgo))
        : h('p', {}, bi('Aucun rapport.', 'No report.')),
      h('h3', {}, bi('Jalons', 'Milestones')),
      h('ul', { class: 'cards' }, ...p.milestones.map((m) => h('li', {},
        h('strong', {}, m.title), h('br'),
        bi('Échéance', 'Due'), ` ${m.dueOn} · ${m.progress} % · `, h('span', { class: 'tag' }, word(m.status)), h('br'),
        h('span', { class: 'muted' }, biText(m.updatedAgo))))),
    );
  } catch (e) {
    main.append(errorLine(e));
  }
  return main;
}
