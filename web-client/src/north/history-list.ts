// A history on screen, newest first: the newest lines (when, who, what), and older ones a page at a time when asked
// for, in the words of what it is the history of (a partnership, a ledger). Read from the server only, never kept on
// the phone: offline, the lines already shown stay and the button says it needs the network.

import { errorLine, offline } from '../app';
import { frenchDateTime } from '../dates';
import { h } from '../dom';
import { bi } from '../i18n';
import { HistoryPages, type HistoryLine, type HistoryPage } from './history-pages';

const pair = (words: Record<string, [string, string]>, key: string) => bi(...(words[key] ?? [key, key]));

/** The words of one history: its events, its fields, and what the button for older lines says. */
export interface HistoryWords {
  actions: Record<string, [string, string]>;
  fields: Record<string, [string, string]>;
  older?: [string, string];
}

function line(l: HistoryLine, words: HistoryWords): HTMLElement {
  const when = frenchDateTime(l.at);
  const change = l.field
    ? h('span', {}, h('br'), pair(words.fields, l.field), ` : ${l.oldValue ?? '—'} → ${l.newValue ?? '—'}`)
    : l.newValue ? h('span', {}, h('br'), l.newValue) : null;
  return h('li', {},
    h('time', { datetime: l.at, class: 'muted' }, when), ' · ', h('strong', {}, l.actor), h('br'),
    pair(words.actions, l.action), ` (${l.subjectId})`, change);
}

/** Any history read a page at a time (a partnership's, a ledger's), in its own words. */
export function pagedHistory(readPage: (after: string | null) => Promise<HistoryPage>, words: HistoryWords): HTMLElement {
  const list = h('ol', { class: 'cards', id: 'history' });
  const status = h('div', { class: 'muted', role: 'status' });
  const older = h('button', { type: 'button', id: 'older-history' });
  const olderLine = h('p', {}, older);
  const pages = new HistoryPages(readPage);

  const label = (needsNetwork: boolean) => {
    const [fr, en] = pages.lines.length ? words.older ?? ['Lignes plus anciennes', 'Older lines'] : ['Lire l’historique', 'Read the history'];
    older.replaceChildren(needsNetwork
      ? bi(`${fr} — demande le réseau, réessayer`, `${en} — needs the network, try again`)
      : bi(fr, en));
  };

  const more = async () => {
    older.disabled = true;
    try {
      list.append(...(await pages.next()).map((l) => line(l, words)));
      status.replaceChildren(pages.lines.length
        ? bi(`${pages.lines.length} lignes sur ${pages.total}`, `${pages.lines.length} lines of ${pages.total}`)
        : bi('Aucune ligne.', 'No line yet.'));
      label(false);
    } catch (e) {
      if (!offline(e)) status.replaceChildren(errorLine(e));
      label(offline(e));
    } finally {
      older.disabled = false;
      // Removed rather than hidden: the page's styles give every button a display of its own.
      if (!pages.hasMore) olderLine.remove();
    }
  };
  older.addEventListener('click', () => void more());
  void more();

  return h('section', { 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, bi('Historique', 'History')), list, status, olderLine);
}
