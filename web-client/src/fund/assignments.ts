// « Mes dossiers à instruire » on a reviewer's home: the files assigned to them and where their review stands. A
// chunk of its own, loaded only for a person with the reviewer's role.

import { api, errorLine, offline, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';
import { screenCost } from '../screen-bytes';
import ReviewAssignments from 'virtual:document-ids/ReviewAssignments';

export interface Assignment {
  id: string;
  number: number;
  title: string;
  status: string;
  blind: boolean;
  applicant: string | null;
  call: { code: string; title: string };
  reviews: { submitted: boolean; recused: boolean }[];
}

export async function assignmentsSection(session: Session): Promise<HTMLElement> {
  const section = h('section', { id: 'assignments' }, h('h2', {}, bi('Mes dossiers à instruire', 'My files to review')));
  try {
    const { value, stale } = await session.replica.readThrough<Assignment[]>('reviewAssignments',
      async () => (await api.query<{ reviewAssignments: Assignment[] }>(ReviewAssignments)).reviewAssignments, offline);
    if (stale) section.append(h('p', { class: 'muted' }, bi('Hors ligne : dernière liste gardée sur ce téléphone.', 'Offline: last list kept on this phone.')));
    const files = value ?? [];
    section.append(files.length
      ? h('ul', { class: 'cards' }, ...files.map((f) => {
        const mine = f.reviews[0];
        return h('li', {},
          h('a', { href: `#/f/${encodeURIComponent(f.id)}` }, bi(`Dossier n° ${f.number}`, `File #${f.number}`), ' — ', f.title), screenCost('review'), h('br'),
          h('span', { class: 'muted' }, f.applicant ?? bi('candidat masqué (évaluation à l’aveugle)', 'applicant withheld (blind review)'), ' · ', f.call.title), h('br'),
          h('span', { class: 'tag' }, mine?.recused ? bi('déporté', 'recused') : mine?.submitted ? bi('évaluation transmise', 'review submitted') : bi('à évaluer', 'to review')));
      }))
      : h('p', {}, bi('Aucun dossier ne vous est confié.', 'No file is assigned to you.')));
  } catch (e) {
    section.append(errorLine(e));
  }
  return section;
}
