// What the outbox still holds for the missions, the South's answers and the reconciliations, for their screens
// (loaded on demand like them, so that none of it weighs on the field agent's first load). Each queued action's id
// is the clientMutationId the server echoes once it has it: a screen showing the server's record and the queue
// leaves out the queued actions the record already carries, so nothing shows twice.

import type { Replica } from '../replica/replica';
import { isKind, type Kind, type Typed } from '../replica/actions';

/** The pending actions of `kinds` that `about` picks (one mission, one shipment, one report), in the order taken. */
export async function waiting<K extends Kind>(replica: Replica, partnershipId: string, kinds: K[], about: (action: Typed<K>) => boolean): Promise<Typed<K>[]> {
  return (await replica.pending(partnershipId)).filter((a): a is Typed<K> => isKind(a, ...kinds) && about(a));
}

/** The South's answer to a report still to go up: the last one given wins, as the server would take the first. */
export async function pendingAnswer(replica: Replica, partnershipId: string, reportId: string) {
  const answers = await waiting(replica, partnershipId, ['acknowledgeReport', 'returnReport'], (a) => a.input.reportId === reportId);
  const first = answers[0];
  return first && { outcome: first.kind === 'returnReport' ? 'RETURNED' : 'ACKNOWLEDGED', comment: first.input.comment };
}

/** Whether the server echoes this action's id on what it holds. */
export const echoed = (ids: (string | null)[]) => {
  const known = new Set(ids.filter(Boolean));
  return (action: { id: string }) => known.has(action.id);
};
