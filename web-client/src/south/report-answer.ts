// The South's answer to a submitted progress report (#/v/<partnership>/<start>_<end>): the latest version as the
// North submitted it, then « Accuser réception » (a comment if wished) or « Renvoyer pour correction » (the reason
// required). The answer goes to the outbox like a receiving verdict: it works with no network, shows as waiting at
// once, and the server applies its id once however often the sync carries it.

import { api, errorLine, offline, type Session } from '../app';
import ReportAnswer from 'virtual:document-ids/ReportAnswer';
import { ApiError } from '../api';
import { h } from '../dom';
import { bi } from '../i18n';
import { reportId } from '../replica/ids';
import { keys } from '../replica/protocol';
import { word, longDate, problemLine, worksOffline } from '../missions/lines';
import { pendingAnswer } from '../missions/waiting';

interface Review { outcome: string; comment: string; reviewer: string; at: string }
interface Version {
  number: number; submittedBy: string; submittedAt: string;
  activities: string; results: string; difficulties: string; nextSteps: string;
  indicators: { code: string; title: string; unit: string; target: number | null; actual: number | null }[];
  review: Review | null;
}
interface Report { id: string; periodStart: string; periodEnd: string; status: string; submittedVersions: number; updatedAgo: string; versions: Version[] }

const SECTIONS = [
  ['activities', 'Activités menées', 'Activities'],
  ['results', 'Résultats obtenus', 'Results'],
  ['difficulties', 'Difficultés rencontrées', 'Difficulties'],
  ['nextSteps', 'Prochaines étapes', 'Next steps'],
] as const;

/** Where the screen keeps what it read: the change set's report row is not enough to read a version from. */
const answerKey = (id: string) => `report-answer:${id}`;

export async function reportAnswerScreen(session: Session, slug: string, period: string): Promise<HTMLElement> {
  const [start = '', end = ''] = period.split('_');
  const id = reportId(slug, start, end);
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}`, class: 'back' }, bi('← Le partenariat', '← The partnership'))),
    h('h2', {}, bi(`Rapport d’avancement ${longDate(start)} → ${longDate(end)}`, `Progress report ${longDate(start, 'en')} → ${longDate(end, 'en')}`)));
  const read = async () => {
    try {
      return (await api.query<{ report: Report }>(ReportAnswer, { id })).report;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  };
  let report: Report | null | undefined;
  try {
    ({ value: report } = await session.replica.readThrough<Report | null>(answerKey(id), read, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!report) {
    main.append(h('p', {}, bi('Ce rapport n’existe pas encore, ou n’a jamais été ouvert sur ce téléphone hors ligne.', 'This report does not exist yet, or was never opened on this phone while offline.')));
    return main;
  }
  const body = h('div');
  main.append(body);
  const paint = async (shown: Report) => {
    const waiting = await pendingAnswer(session.replica, slug, id);
    const latest = shown.versions.at(-1);
    const status = h('p', { id: 'answer-status', 'aria-live': 'polite' }, h('span', { class: 'tag' }, word(shown.status)),
      latest ? h('span', { class: 'muted' }, ' · ', bi(`version ${latest.number}, remise par ${latest.submittedBy} le ${longDate(latest.submittedAt)}`,
        `version ${latest.number}, submitted by ${latest.submittedBy} on ${longDate(latest.submittedAt, 'en')}`)) : null);
    if (!latest) {
      body.replaceChildren(status, h('p', {}, bi('Le Nord n’a pas encore remis ce rapport.', 'The North has not submitted this report yet.')));
      return;
    }
    body.replaceChildren(...[status,
      answerPart(shown, latest, waiting),
      ...SECTIONS.map(([key, fr, en]) => h('section', {}, h('h3', {}, bi(fr, en)), h('p', { class: 'prose' }, latest[key] || '—'))),
      latest.indicators.length ? h('section', {}, h('h3', {}, bi('Indicateurs', 'Indicators')), h('ul', { class: 'cards' }, ...latest.indicators.map((i) =>
        h('li', {}, h('strong', {}, i.title || i.code), h('br'),
          bi(`Réalisé ${i.actual ?? '—'} / cible ${i.target ?? '—'} ${i.unit}`, `Actual ${i.actual ?? '—'} / target ${i.target ?? '—'} ${i.unit}`))))) : null,
      ...shown.versions.slice(0, -1).reverse().filter((v) => v.review).map((v) => h('p', { class: 'muted' },
        bi(`Version ${v.number} :`, `Version ${v.number}:`), ' ', reviewWords(v.review!))),
    ].filter((n): n is HTMLElement => n !== null));
  };

  /** The answer: given (with its words), waiting on the phone, or the two buttons while the report waits for one. */
  function answerPart(shown: Report, latest: Version, waiting: Awaited<ReturnType<typeof pendingAnswer>>): HTMLElement {
    const part = h('section', { id: 'answer', class: 'answer' });
    if (waiting) {
      part.append(h('p', { class: `verdict ${waiting.outcome === 'RETURNED' ? 'v-returned' : 'v-acknowledged'}` },
        h('strong', {}, word(waiting.outcome)), waiting.comment ? ` — ${waiting.comment}` : '', ' · ',
        h('em', {}, bi('en attente d’envoi', 'waiting to be sent'))));
      return part;
    }
    if (latest.review || shown.status !== 'SUBMITTED') {
      if (latest.review) part.append(h('p', { class: `verdict v-${latest.review.outcome.toLowerCase()}` }, reviewWords(latest.review)));
      return part;
    }
    const note = h('textarea', { id: 'answer-comment', rows: 3, maxlength: 4000 });
    const said = h('div', { 'aria-live': 'assertive' });
    const answer = async (kind: 'acknowledgeReport' | 'returnReport') => {
      const comment = note.value.trim();
      if (kind === 'returnReport' && !comment) {
        said.replaceChildren(problemLine('Indiquez ce qu’il faut corriger : le Nord le lira avec le rapport renvoyé.', 'Say what needs changing: the North reads it with the returned report.'));
        note.focus();
        return;
      }
      await session.queue(kind, slug, kind === 'returnReport' ? { reportId: id, comment } : { reportId: id, ...(comment ? { comment } : {}) });
    };
    part.append(
      h('h3', {}, bi('Votre réponse', 'Your answer')),
      h('label', { for: 'answer-comment' }, bi('Commentaire (obligatoire pour un renvoi)', 'Comment (required to return it)')), note,
      said,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'acknowledge-report', onclick: () => void answer('acknowledgeReport') }, bi('Accuser réception', 'Acknowledge')),
        h('button', { type: 'button', id: 'return-report', onclick: () => void answer('returnReport') }, bi('Renvoyer pour correction', 'Return for changes'))),
      worksOffline());
    return part;
  }

  let shown = report;
  await paint(shown);
  // Queued, sent or refused, or the report moved on the server: read again (the copy kept when offline).
  session.replica.watch([keys.report(id)], async () => {
    const { value } = await session.replica.readThrough<Report | null>(answerKey(id), read, offline).catch(() => ({ value: undefined }));
    if (value) shown = value;
    await paint(shown);
  });
  return main;
}

function reviewWords(review: Review): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(h('strong', {}, word(review.outcome)), ' ',
    bi(`par ${review.reviewer} le ${longDate(review.at)}`, `by ${review.reviewer} on ${longDate(review.at, 'en')}`),
    review.comment ? ` — ${review.comment}` : '');
  return fragment;
}
