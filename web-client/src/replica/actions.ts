// What a person can do, by kind, with the input each kind takes (the sync batch's member of that name carries it as
// it is), and which record of the replica each one is about: a screen showing that record is told when such an
// action is queued, replaced, acknowledged or refused.

import type { Action } from '../outbox';
import { keys } from './protocol';
import { reportId } from './ids';

export type Verdict = 'RECEIVED' | 'DAMAGED' | 'MISSING';
/** What became of a computer after its receipt. */
export type ItemEvent = 'INSTALLED' | 'SEEN_WORKING' | 'SEEN_BROKEN';
/** One line of a shipment's check: an item, or a whole box. */
export interface VerdictLine { itemId?: string; boxId?: string; verdict: Verdict; reason?: string; photoId?: string }

export interface PreparedItem {
  kind: string;
  serialNumber: string;
  destination: string;
  refurbishment: { dataWiped: boolean; tested: boolean; grade: string; systemInstalled: string | null };
}

export interface ReportContent {
  activities: string; results: string; difficulties: string; nextSteps: string;
  indicators: Record<string, unknown>[];
  milestoneIds: string[];
}

interface MilestoneChange { milestoneId: string }
interface AnnotationTarget { kind: string; id: string; version?: number }

/** Every kind the phone queues, and its input (the clientMutationId aside, which the outbox sets). */
export interface ActionInputs {
  receiveShipment: { shipmentId: string };
  /** `replaces`: the earlier actions of this person it stands in for, so that a verdict they set is corrected, not disputed. */
  confirmShipmentItems: { shipmentId: string; verdicts: VerdictLine[]; replaces?: string[] };
  prepareShipment: { clientMutationId: string; partnershipId: string; title: string; boxes: { label: string; items: PreparedItem[] }[] };
  advanceShipment: { shipmentId: string; status: string };
  draftReport: { partnershipId: string; periodStart: string; periodEnd: string } & ReportContent;
  editReport: { reportId: string } & ReportContent;
  submitReport: { reportId: string };
  planMilestone: { partnershipId: string; title: string; side: string; dueOn: string; description?: string };
  editMilestone: MilestoneChange & { title: string; description?: string };
  rescheduleMilestone: MilestoneChange & { dueOn: string };
  recordMilestoneProgress: MilestoneChange & { progress: number };
  completeMilestone: MilestoneChange;
  cancelMilestone: MilestoneChange & { reason: string };
  annotate: {
    annotationId: string; target: AnnotationTarget; selector: { section: string; exact: string; start: number; end: number };
    motivation: string; text: string | null; language: string; visibility: string; tags?: string[];
  };
  replyToAnnotation: { document: AnnotationTarget; annotationId: string; replyTo: string; text: string };
  acknowledgeReport: { reportId: string; comment?: string };
  returnReport: { reportId: string; comment: string };
  planMission: {
    partnershipId: string; title: string; startOn: string; endOn: string;
    travellers: { name: string; organisation: string }[]; places: { town: string; country: string }[]; objectives: string[];
  };
  startMission: { missionId: string; expectedVersion: number };
  cancelMission: { missionId: string; reason: string };
  fileMissionReport: { missionId: string; whatWasDone: string; findings: string; followUp: string };
  commentOnMission: { missionId: string; text: string };
  reconcileShipment: { shipmentId: string; note?: string };
  recordItemEvent: { shipmentId: string; itemId: string; event: ItemEvent; note?: string; missionId?: string };
  confirmFundsReceived: { partnershipId: string; year: number; transactionId: string; received: boolean; note?: string };
}

export type Kind = keyof ActionInputs;

/** An outbox action of a known kind, its input typed. */
export type Typed<K extends Kind = Kind> = { [k in K]: Action & { kind: k; input: ActionInputs[k] & { clientMutationId: string } } }[K];

export function isKind<K extends Kind>(action: Action, ...kinds: K[]): action is Typed<K> {
  return (kinds as string[]).includes(action.kind);
}

/** The annotations of a document, as the researcher's screen shows them (read from the server, not from the change set). */
export const annotationsOf = (documentId: string) => `annotations:${documentId}`;

/** A field mission as its screen shows it (read from the server with the shipments' items, not from the change set). */
export const missionOf = (missionId: string) => `mission:${missionId}`;

/** The missions of a partnership, as their list shows them. */
export const missionsIn = (partnershipId: string) => `missions:${partnershipId}`;

/** The shipments being prepared in a partnership, until the server has them. */
export const preparedIn = (partnershipId: string) => `prepared:${partnershipId}`;

/** The records an action is about: what a screen watches to see it pending, then gone. */
export function topicsOf(action: Action): string[] {
  const a = action as Typed;
  switch (a.kind) {
    case 'receiveShipment':
    case 'confirmShipmentItems':
    case 'advanceShipment':
    case 'reconcileShipment':
      return [keys.shipment(a.input.shipmentId), keys.packing(a.input.shipmentId)];
    case 'draftReport':
      return [keys.report(reportId(a.input.partnershipId, a.input.periodStart, a.input.periodEnd))];
    case 'editReport':
    case 'submitReport':
    case 'acknowledgeReport':
    case 'returnReport':
      return [keys.report(a.input.reportId), keys.partnership(a.partnershipId)];
    case 'annotate':
      return [annotationsOf(a.input.target.id)];
    case 'replyToAnnotation':
      return [annotationsOf(a.input.document.id)];
    case 'planMission':
      return [missionsIn(a.partnershipId)];
    case 'startMission':
    case 'cancelMission':
    case 'fileMissionReport':
    case 'commentOnMission':
      return [missionOf(a.input.missionId), missionsIn(a.partnershipId)];
    case 'recordItemEvent':
      return [keys.shipment(a.input.shipmentId), ...(a.input.missionId ? [missionOf(a.input.missionId)] : [])];
    case 'prepareShipment':
      // Its id is a digest, computed later: the packing lists of the partnership look whether it is theirs.
      return [preparedIn(a.partnershipId)];
    default:
      // Milestones show on the partnership's page; the budget watches it too, for the receipts waiting to go up.
      return [keys.partnership(a.partnershipId)];
  }
}
