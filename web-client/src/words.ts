// The words of the server's values and of the outbox's state, French and English.

import { bi } from './i18n';

const WORDS: Record<string, [string, string]> = {
  PREPARED: ['préparé', 'prepared'],
  SHIPPED: ['expédié', 'shipped'],
  IN_TRANSIT: ['en transit', 'in transit'],
  ARRIVED: ['arrivé', 'arrived'],
  BEING_RECEIVED: ['en cours de réception', 'being received'],
  RECEIVED: ['reçu', 'received'],
  RECONCILED: ['rapproché', 'reconciled'],
  DAMAGED: ['endommagé', 'damaged'],
  MISSING: ['manquant', 'missing'],
  PLANNED: ['prévu', 'planned'],
  IN_PROGRESS: ['en cours', 'in progress'],
  COMPLETED: ['terminé', 'completed'],
  CANCELLED: ['annulé', 'cancelled'],
  DRAFT: ['brouillon', 'draft'],
  SUBMITTED: ['remis', 'submitted'],
  ACKNOWLEDGED: ['accusé de réception', 'acknowledged'],
  RETURNED: ['renvoyé pour correction', 'returned for changes'],
  DESKTOP: ['ordinateur de bureau', 'desktop'],
  LAPTOP: ['ordinateur portable', 'laptop'],
  SCREEN: ['écran', 'screen'],
  PRINTER: ['imprimante', 'printer'],
  SERVER: ['serveur', 'server'],
  WIFI_TERMINAL: ['borne wifi', 'wifi terminal'],
  OTHER: ['autre', 'other'],
  NORTH: ['côté Nord', 'North side'],
  SOUTH: ['côté Sud', 'South side'],
  JOINT: ['conjoint', 'joint'],
};

export function word(value: string): DocumentFragment {
  const [fr, en] = WORDS[value] ?? [value, value];
  return bi(fr, en);
}

const REPORT_ANSWER: [string, string] = ['Réponse à un rapport', 'Answer to a report'];
const MISSION: [string, string] = ['Mission de terrain', 'Field mission'];

/** What an outbox action was, for a person told it was refused: the mutation's name in words. */
const ACTIONS: Record<string, [string, string]> = {
  receiveShipment: ['« Tout reçu » pour un envoi', '« All received » for a shipment'],
  confirmShipmentItems: ['Vérification d’articles d’un envoi', 'Check of a shipment’s items'],
  announceUpload: ['Envoi d’une photo', 'Photo upload'],
  commitUpload: ['Envoi d’une photo', 'Photo upload'],
  annotate: ['Annotation d’un passage', 'Annotation of a passage'],
  replyToAnnotation: ['Réponse à une annotation', 'Reply to an annotation'],
  acknowledgeReport: REPORT_ANSWER,
  returnReport: REPORT_ANSWER,
  planMission: MISSION,
  startMission: MISSION,
  cancelMission: MISSION,
  fileMissionReport: MISSION,
  commentOnMission: MISSION,
  recordItemEvent: MISSION,
  reconcileShipment: ['Rapprochement d’un envoi', 'Reconciliation of a shipment'],
  confirmFundsReceived: ['Réception de fonds', 'Receipt of funds'],
};

export function actionWord(kind: string): DocumentFragment {
  const [fr, en] = ACTIONS[kind] ?? ['Action', 'Action'];
  return bi(fr, en);
}

/** What the header says of the outbox: « 3 actions en attente / 3 pending actions », or that everything is sent. */
export function pendingText(count: number): [string, string] {
  if (count === 0) return ['Tout est envoyé', 'Everything is sent'];
  return count === 1 ? ['1 action en attente', '1 pending action'] : [`${count} actions en attente`, `${count} pending actions`];
}

export function pendingWords(count: number): DocumentFragment {
  return bi(...pendingText(count));
}

/** Said of an action the server no longer takes as it was recorded, kept with it in the outbox (« French / English »). */
export const SET_APART = 'Le serveur n’accepte plus cette action telle qu’elle a été enregistrée (l’application a peut-être changé depuis) ; '
  + 'elle reste gardée sur ce téléphone jusqu’à ce que vous l’écartiez, et les autres actions sont parties. / '
  + 'The server no longer accepts this action as it was recorded (the app may have changed since); it stays kept on '
  + 'this phone until you drop it, and the other actions went through.';
