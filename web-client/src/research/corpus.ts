// The research tools of a partnership's documents: a search across its reports, mission reports and the annotations
// one may read, or across those of all one's partnerships — words typed without accents or capitals find them (« ecole » finds « École ») — each passage found
// shown with the words marked and a link to its version; and the team's codebook (every coded passage one may read)
// downloaded as a CSV that a French Excel opens. Both ask the server: they need the network.

import { api } from '../app';
import { frenchDate } from '../dates';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { Pages, type Page } from '../pages';
import { saveFile } from '../passage-view';
import { snippetParts } from './marked-snippet';
import Search from 'virtual:document-ids/Search';

interface Hit {
  partnership: { slug: string; name: string };
  source: 'PROGRESS_REPORT' | 'MISSION_REPORT' | 'ANNOTATION';
  documentKind: 'PROGRESS_REPORT' | 'MISSION_REPORT';
  documentId: string; documentTitle: string; version: number; section: string; date: string;
  snippet: string; marks: { start: number; end: number }[];
  annotation: { creatorName: string; tags: string[] } | null;
}

const SOURCES: Record<Hit['source'], [string, string]> = {
  PROGRESS_REPORT: ['Rapport', 'Report'], MISSION_REPORT: ['Compte rendu', 'Mission report'], ANNOTATION: ['Annotation', 'Annotation'],
};

function problemOf(e: unknown): HTMLElement {
  return h('p', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e)));
}

/** The search box and the codebook download, for the documents screen of `slug`. */
export function corpusTools(slug: string): HTMLElement {
  const input = h('input', { type: 'search', id: 'corpus-search', name: 'text', required: true, maxlength: 200, autocomplete: 'off' });
  const everywhere = h('input', { type: 'checkbox', id: 'corpus-everywhere', name: 'everywhere' });
  const results = h('ol', { class: 'cards', id: 'search-results' });
  const status = h('p', { class: 'muted', role: 'status', id: 'search-status' });
  const more = h('button', { type: 'button' }, bi('Voir plus', 'Show more'));
  const problem = h('div', { 'aria-live': 'assertive' });
  let pages: Pages<Hit> | null = null;

  const show = (hits: Hit[]) => results.append(...hits.map((hit) => {
    const kind = hit.documentKind === 'PROGRESS_REPORT' ? 'report' : 'mission';
    const [fr, en] = SOURCES[hit.source];
    return h('li', {},
      h('a', { href: `#/a/${encodeURIComponent(hit.partnership.slug)}/${kind}/${encodeURIComponent(hit.documentId)}/${hit.version}` },
        `${hit.documentTitle} — v${hit.version}`),
      h('br'),
      h('span', { class: 'muted' }, hit.partnership.slug === slug ? '' : `${hit.partnership.name} · `, bi(fr, en), hit.annotation ? ` · ${hit.annotation.creatorName}` : '', ` · ${frenchDate(hit.date.slice(0, 10))}`,
        hit.annotation?.tags.length ? ` · ${hit.annotation.tags.join(', ')}` : ''),
      h('p', {}, ...snippetParts(hit.snippet, hit.marks).map((part) => (part.marked ? h('mark', {}, part.text) : part.text))));
  }));
  const next = async () => {
    if (!pages) return;
    more.disabled = true;
    try {
      show(await pages.next());
      status.replaceChildren(pages.total
        ? bi(`${pages.lines.length} passage(s) sur ${pages.total}`, `${pages.lines.length} passage(s) of ${pages.total}`)
        : bi('Aucun passage trouvé.', 'No passage found.'));
      if (pages.hasMore) results.after(more);
      else more.remove();
    } catch (e) {
      problem.replaceChildren(problemOf(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', next);

  const form = h('form', {
    role: 'search', onsubmit: async (event: Event) => {
      event.preventDefault();
      problem.replaceChildren();
      results.replaceChildren();
      more.remove();
      const text = input.value;
      const partnership = everywhere.checked ? null : slug;
      pages = new Pages<Hit>(async (after) =>
        (await api.query<{ search: Page<Hit> }>(Search, { partnership, text, first: 20, after })).search);
      await next();
    },
  },
  h('label', { for: 'corpus-search' }, bi('Mots à chercher (accents et majuscules sans importance)', 'Words to search for (accents and capitals do not matter)')),
  h('br'), input, ' ', h('button', { type: 'submit' }, bi('Chercher', 'Search')),
  h('br'), everywhere, ' ', h('label', { for: 'corpus-everywhere' }, bi('Dans tous mes partenariats', 'In all my partnerships')));

  const codebook = h('button', {
    type: 'button', id: 'download-codebook', onclick: async () => {
      problem.replaceChildren();
      try {
        saveFile(await api.download(`/exports/${encodeURIComponent(slug)}/codebook.csv`), `codebook-${slug}.csv`);
      } catch (e) {
        problem.replaceChildren(problemOf(e));
      }
    },
  }, bi('Télécharger le codebook (CSV)', 'Download the codebook (CSV)'));

  return h('section', { 'aria-labelledby': 'corpus-title' },
    h('h3', { id: 'corpus-title' }, bi('Chercher dans les textes et les annotations', 'Search the texts and annotations')),
    form, problem, status, results,
    h('p', {}, codebook, ' ', h('span', { class: 'muted' },
      bi('Les passages codés que vous pouvez lire : étiquettes, passage, document, version, auteur, équipe, date.',
        'The coded passages you may read: tags, passage, document, version, author, team, date.'))));
}
