// A partnership's history on its page: the newest lines (when, who, what), and older ones a page at a time when asked
// for. Read from the server only, never kept on the phone: offline, the lines already shown stay and the button says
// it needs the network.

import { api, errorLine, offline } from '../app';
import { frenchDateTime } from '../dates';
import { h } from '../dom';
import { bi } from '../i18n';
import { HistoryPages, type HistoryLine, type HistoryPage } from './history-pages';
import PartnershipHistory from 'virtual:document-ids/PartnershipHistory';

/** What happened, in words: the server's past-tense event names. */
const ACTIONS: Record<string, [string, string]> = {
  PartnershipEstablished: ['Partenariat créé', 'Partnership established'],
  MilestonePlanned: ['Jalon planifié', 'Milestone planned'],
  MilestoneEdited: ['Jalon modifié', 'Milestone edited'],
  MilestoneRescheduled: ['Jalon replanifié', 'Milestone rescheduled'],
  MilestoneProgressRecorded: ['Avancement noté', 'Progress recorded'],
  MilestoneCompleted: ['Jalon terminé', 'Milestone completed'],
  MilestoneCancelled: ['Jalon annulé', 'Milestone cancelled'],
  MemberAdded: ['Membre ajouté', 'Member added'],
  MemberRemoved: ['Membre retiré', 'Member removed'],
  MemberRoleChanged: ['Rôle changé', 'Role changed'],
};

/** Which value changed, in words. */
const FIELDS: Record<string, [string, string]> = {
  title: ['titre', 'title'],
  description: ['description', 'description'],
  startOn: ['début', 'start'],
  dueOn: ['échéance', 'due'],
  progress: ['avancement', 'progress'],
  status: ['statut', 'status'],
  cancellationReason: ['motif d’annulation', 'cancellation reason'],
  role: ['rôle', 'role'],
};

const pair = (words: Record<string, [string, string]>, key: string) => bi(...(words[key] ?? [key, key]));

function line(l: HistoryLine): HTMLElement {
  const when = frenchDateTime(l.at);
  const change = l.field
    ? h('span', {}, h('br'), pair(FIELDS, l.field), ` : ${l.oldValue ?? '—'} → ${l.newValue ?? '—'}`)
    : l.newValue ? h('span', {}, h('br'), l.newValue) : null;
  return h('li', {},
    h('time', { datetime: l.at, class: 'muted' }, when), ' · ', h('strong', {}, l.actor), h('br'),
    pair(ACTIONS, l.action), ` (${l.subjectId})`, change);
}

export function historySection(slug: string): HTMLElement {
  const list = h('ol', { class: 'cards', id: 'history' });
  const status = h('div', { class: 'muted', role: 'status' });
  const older = h('button', { type: 'button', id: 'older-history' });
  const olderLine = h('p', {}, older);
  const pages = new HistoryPages(async (after) =>
    (await api.query<{ partnership: { history: HistoryPage } | null }>(PartnershipHistory, { id: slug, after }))
      .partnership?.history ?? { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });

  const label = (needsNetwork: boolean) => {
    const [fr, en] = pages.lines.length ? ['Lignes plus anciennes', 'Older lines'] : ['Lire l’historique', 'Read the history'];
    older.replaceChildren(needsNetwork
      ? bi(`${fr} — demande le réseau, réessayer`, `${en} — needs the network, try again`)
      : bi(fr, en));
  };

  const more = async () => {
    older.disabled = true;
    try {
      list.append(...(await pages.next()).map(line));
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
