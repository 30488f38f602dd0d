// A partnership's history on its page: the newest lines (when, who, what), and older ones a page at a time when asked
// for. Read from the server only, never kept on the phone: offline, the lines already shown stay and the button says
// it needs the network.

import { api } from '../app';
import type { HistoryPage } from './history-pages';
import { pagedHistory } from './history-list';
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

export function historySection(slug: string): HTMLElement {
  return pagedHistory(async (after) =>
    (await api.query<{ partnership: { history: HistoryPage } | null }>(PartnershipHistory, { id: slug, after }))
      .partnership?.history ?? { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
  { actions: ACTIONS, fields: FIELDS });
}
