// A reviewer's file (#/f/<application id>): the filed version's text and amounts, the call's rubric, and per criterion
// a score within its scale, a justification and passages of the file cited by selecting them (or by typing them, from
// a keyboard); then the review is submitted. A conflict of interest is declared, or the reviewer recuses, with a reason.
// On a blind call the server withholds who applies; nothing here needs it. The fund's actions are sent at once, not
// queued: a reviewer works at a desk, and a refusal (a score out of scale, a passage not in the file) is told on the spot.

import { api, errorLine, offline, plain, type Session } from '../app';
import { ApiError } from '../api';
import { h } from '../dom';
import { bi, biText, lang } from '../i18n';
import { addStyles, euros, passagePicker, sectionText, type Marked } from '../passage-view';
import { pieceList, type ListedPiece } from './piece-links';
import type { Passage } from '../passages';
import DeclareConflictOfInterest from 'virtual:document-ids/DeclareConflictOfInterest';
import FundApplicationReview from 'virtual:document-ids/FundApplicationReview';
import RecuseFromReview from 'virtual:document-ids/RecuseFromReview';
import ScoreFundApplication from 'virtual:document-ids/ScoreFundApplication';
import SubmitReview from 'virtual:document-ids/SubmitReview';

interface Criterion { key: string; labelFr: string; labelEn: string; weight: number; scaleMin: number; scaleMax: number }
interface Version {
  number: number; title: string; description: string; expectedResults: string;
  requestedAmount: number; coFinancingTotal: number; budgetTotal: number; submittedAt: string; pieces: ListedPiece[];
}
interface Citation extends Passage { prefix?: string; suffix?: string }
interface Score { criterionKey: string; score: number; justification: string; version: number; citations: Citation[] }
interface Review {
  reviewer: string; declaredConflict: string | null; recused: boolean; recusalReason: string | null;
  submitted: boolean; comment: string | null; weightedScore: number | null; scores: Score[];
}
interface FundFile {
  id: string; number: number; status: string; blind: boolean; applicant: string | null; partnership: { name: string } | null;
  call: { code: string; title: string; blindReview: boolean; criteria: Criterion[] };
  versions: Version[];
  reviews: Review[];
}
interface Draft { score: string; justification: string; citations: Citation[]; dirty: boolean; clientMutationId?: string }

/** The citation sections: the GraphQL fields of a filed version. */
const SECTIONS = [
  ['title', 'Intitulé du projet', 'Project title'],
  ['description', 'Description', 'Description'],
  ['expectedResults', 'Résultats attendus', 'Expected results'],
] as const;

const label = (c: Criterion) => (lang() === 'en' ? c.labelEn : c.labelFr);

export async function reviewScreen(session: Session, id: string): Promise<HTMLElement> {
  addStyles();
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: '#' }, bi('← Mes dossiers à instruire', '← My files to review'))));
  let file: FundFile | null | undefined;
  try {
    ({ value: file } = await session.replica.readThrough<FundFile | null>(`fundApplication:${id}`,
      async () => (await api.query<{ fundApplication: FundFile }>(FundApplicationReview, { id })).fundApplication, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  const version = file?.versions.at(-1);
  if (!file || !version) {
    main.append(h('h2', {}, bi('Dossier', 'File')), h('p', {}, bi('Ce dossier n’a pas encore été ouvert sur cet appareil, ou n’a pas de version déposée.', 'This file was never opened on this device, or has no filed version.')));
    return main;
  }
  const current = file;
  const review = current.reviews[0] ?? null;
  const texts: Record<string, string> = { title: version.title, description: version.description, expectedResults: version.expectedResults };
  const reopen = async () => {
    const fresh = await reviewScreen(session, id);
    document.getElementById('main')?.replaceWith(fresh);
    fresh.focus();
  };

  main.append(
    h('h2', {}, bi(`Dossier n° ${current.number}`, `File #${current.number}`), ' — ', version.title),
    h('p', { class: 'muted' }, current.call.title), h('p', {},
      h('strong', {}, bi('Candidat', 'Applicant')), ' : ',
      current.blind || !current.applicant
        ? bi('masqué (évaluation à l’aveugle)', 'withheld (blind review)')
        : `${current.applicant}${current.partnership ? ` — ${current.partnership.name}` : ''}`),
    h('p', {}, bi(`Version déposée n° ${version.number}`, `Filed version #${version.number}`), ' · ',
      bi('Montant demandé', 'Amount requested'), ` ${euros(version.requestedAmount)} · `,
      bi('cofinancements', 'co-financing'), ` ${euros(version.coFinancingTotal)} · `, bi('budget', 'budget'), ` ${euros(version.budgetTotal)}`),
    h('section', { id: 'file-pieces' }, h('h3', {}, bi('Pièces du dossier', 'The file’s pieces')), pieceList(current.id, version.pieces)));

  const drafts = new Map<string, Draft>(current.call.criteria.map((c) => {
    const s = review?.scores.find((x) => x.criterionKey === c.key);
    return [c.key, { score: s ? String(s.score) : '', justification: s?.justification ?? '', citations: s?.citations ?? [], dirty: false }];
  }));

  // The file's text, with every passage cited so far marked, and the passage picked to cite (selected or typed).
  const text = h('div', { id: 'application-text' });
  const editable = !!review && !review.submitted && !review.recused;
  const picker = passagePicker(text, () => texts, sectionName,
    ['Sélectionnez un passage du dossier ci-dessus pour le citer dans une note.', 'Select a passage of the file above to cite it in a score.'], () => paintText());
  const paintText = () => {
    const picked = picker.current();
    const marks = (section: string): Marked[] => [
      ...current.call.criteria.flatMap((c) => drafts.get(c.key)!.citations.filter((x) => x.section === section)
        .map((x, n) => ({ start: x.start, end: x.end, key: `${c.key}-${n}`, title: plain(`Cité pour « ${c.labelFr} »`, `Cited for '${c.labelEn}'`) }))),
      ...(picked?.section === section ? [{ start: picked.start, end: picked.end, key: 'picked', title: plain('Passage choisi', 'Selected passage'), picked: true }] : []),
    ];
    text.replaceChildren(...SECTIONS.flatMap(([key, fr, en]) => [h('h3', {}, bi(fr, en)), sectionText(key, texts[key]!, marks(key))]));
  };
  paintText();
  main.append(text);

  if (!editable) {
    main.append(readOnly(current, review));
    return main;
  }
  main.append(picker.line, picker.form);

  // The rubric: one fieldset per criterion.
  const rubric = current.call.criteria.map((criterion) => criterionForm(criterion, drafts.get(criterion.key)!, { take: picker.take, changed: paintText }));
  const status = h('p', { id: 'review-status', 'aria-live': 'polite' },
    review.weightedScore !== null ? bi(`Note pondérée : ${review.weightedScore} / 100`, `Weighted score: ${review.weightedScore} / 100`) : '');

  /** Sends the criteria changed since the last save; false when one was refused (its message is under it). */
  const save = async (): Promise<boolean> => {
    let ok = true;
    for (const { criterion, draft, problem } of rubric) {
      if (!draft.dirty) continue;
      problem.replaceChildren();
      const score = Number(draft.score);
      if (draft.score.trim() === '' || !Number.isInteger(score) || score < criterion.scaleMin || score > criterion.scaleMax) {
        problem.replaceChildren(refusal(`La note doit être un entier de ${criterion.scaleMin} à ${criterion.scaleMax}.`, `The score must be a whole number from ${criterion.scaleMin} to ${criterion.scaleMax}.`));
        ok = false;
        continue;
      }
      if (!draft.justification.trim()) {
        problem.replaceChildren(refusal('Une justification est nécessaire.', 'A justification is needed.'));
        ok = false;
        continue;
      }
      // Kept until the server answers: a retry after a lost answer is the same action, applied once.
      draft.clientMutationId ??= crypto.randomUUID();
      try {
        const answer = await api.mutate<{ scoreFundApplication: { application: { reviews: Review[] } } }>(ScoreFundApplication, {
          input: {
            clientMutationId: draft.clientMutationId, applicationId: current.id, criterion: criterion.key, score, justification: draft.justification.trim(),
            citations: draft.citations.map((c) => ({ section: c.section, exact: c.exact, start: c.start, end: c.end })),
          },
        });
        draft.dirty = false;
        draft.clientMutationId = undefined;
        const weighted = answer.scoreFundApplication.application.reviews[0]?.weightedScore;
        status.replaceChildren(bi('Notes enregistrées', 'Scores saved'), weighted !== null && weighted !== undefined
          ? h('span', {}, ' · ', bi(`note pondérée : ${weighted} / 100`, `weighted score: ${weighted} / 100`)) : '');
      } catch (e) {
        problem.replaceChildren(failure(e));
        ok = false;
      }
    }
    return ok;
  };

  const comment = h('textarea', { id: 'review-comment', rows: 3, maxlength: 4000 });
  comment.value = review.comment ?? '';
  const submitProblem = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { id: 'review-form', onsubmit: (e: Event) => { e.preventDefault(); void save(); } },
    h('h3', {}, bi('Grille d’évaluation', 'Rubric')), ...rubric.map((r) => r.element), status,
    h('button', { type: 'submit' }, bi('Enregistrer les notes', 'Save the scores')),
    h('label', { for: 'review-comment' }, bi('Commentaire général — facultatif', 'General comment — optional')), comment, submitProblem,
    h('button', {
      type: 'button', class: 'primary', id: 'submit-review', onclick: async () => {
        submitProblem.replaceChildren();
        if (!(await save())) {
          submitProblem.replaceChildren(refusal('Corrigez les notes signalées avant de transmettre.', 'Fix the scores flagged before submitting.'));
          return;
        }
        try {
          await api.mutate(SubmitReview, { input: { clientMutationId: crypto.randomUUID(), applicationId: current.id, comment: comment.value.trim() || null } });
          await reopen();
        } catch (e) {
          submitProblem.replaceChildren(failure(e));
        }
      },
    }, bi('Transmettre l’évaluation', 'Submit the review')));
  main.append(form, conflictForms(current, review!, reopen));
  return main;
}

function sectionName(section: string): string {
  const found = SECTIONS.find(([key]) => key === section);
  return found ? plain(found[1], found[2]) : section;
}

interface CriterionForm { criterion: Criterion; draft: Draft; element: HTMLElement; problem: HTMLElement }

/** A criterion's score, justification and citations; `take` hands over the passage picked, if any. */
function criterionForm(criterion: Criterion, draft: Draft, picking: { take: () => Passage | null; changed: () => void }): CriterionForm {
  const id = `criterion-${criterion.key}`;
  const score = h('input', { id: `${id}-score`, type: 'number', min: criterion.scaleMin, max: criterion.scaleMax, step: 1, inputmode: 'numeric', value: draft.score });
  score.addEventListener('input', () => { draft.score = score.value; draft.dirty = true; });
  const justification = h('textarea', { id: `${id}-justification`, rows: 3, maxlength: 4000 });
  justification.value = draft.justification;
  justification.addEventListener('input', () => { draft.justification = justification.value; draft.dirty = true; });
  const problem = h('div', { 'aria-live': 'assertive' });
  const list = h('ul', { class: 'citations' });
  const paint = () => list.replaceChildren(...draft.citations.map((c, n) => h('li', {},
    h('q', { class: 'quote' }, c.exact), ' ', h('span', { class: 'muted' }, `(${sectionName(c.section)})`), ' ',
    h('button', {
      type: 'button', class: 'link',
      onclick: () => { draft.citations = draft.citations.filter((_, i) => i !== n); draft.dirty = true; paint(); picking.changed(); },
    }, bi('Retirer', 'Remove'), h('span', { class: 'visually-hidden' }, ` « ${c.exact} »`)))));
  paint();
  const cite = h('button', {
    type: 'button', class: 'cite', onclick: () => {
      const passage = picking.take();
      problem.replaceChildren();
      if (!passage) {
        problem.replaceChildren(refusal('Sélectionnez d’abord un passage du dossier.', 'First select a passage of the file.'));
        return;
      }
      if (!draft.citations.some((c) => c.section === passage.section && c.start === passage.start && c.end === passage.end)) {
        draft.citations = [...draft.citations, passage];
        draft.dirty = true;
      }
      paint();
      picking.changed();
    },
  }, bi('Citer le passage choisi', 'Cite the selected passage'));
  const element = h('fieldset', { id, class: 'criterion' },
    h('legend', {}, label(criterion), ' ', h('span', { class: 'muted' }, bi(`(poids ${criterion.weight})`, `(weight ${criterion.weight})`))),
    h('label', { for: score.id }, bi(`Note (de ${criterion.scaleMin} à ${criterion.scaleMax})`, `Score (${criterion.scaleMin} to ${criterion.scaleMax})`)), score,
    h('label', { for: justification.id }, bi('Justification', 'Justification')), justification,
    h('p', {}, bi('Passages cités', 'Cited passages')), list, cite, problem);
  return { criterion, draft, element, problem };
}

/** Declaring an interest and recusing, each with its reason. */
function conflictForms(file: FundFile, review: Review, done: () => Promise<void>): HTMLElement {
  const form = (key: string, operation: string, field: string, summary: [string, string], labelText: [string, string], action: [string, string]) => {
    const area = h('textarea', { id: `${key}-text`, rows: 2, required: true, maxlength: 2000 });
    const problem = h('div', { 'aria-live': 'assertive' });
    return h('details', { id: key }, h('summary', {}, bi(...summary)),
      h('form', {
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!area.value.trim()) return;
          try {
            await api.mutate(operation, { input: { clientMutationId: crypto.randomUUID(), applicationId: file.id, [field]: area.value.trim() } });
            await done();
          } catch (err) {
            problem.replaceChildren(failure(err));
          }
        },
      }, h('label', { for: area.id }, bi(...labelText)), area, problem, h('button', { type: 'submit' }, bi(...action))));
  };
  return h('section', {}, h('h3', {}, bi('Conflits d’intérêts', 'Conflicts of interest')),
    review.declaredConflict ? h('p', {}, h('strong', {}, bi('Lien déclaré', 'Interest declared')), ' : ', review.declaredConflict) : null,
    form('declare-conflict', DeclareConflictOfInterest, 'statement', ['Déclarer un lien d’intérêts', 'Declare an interest'],
      ['Nature du lien', 'What the tie is'], ['Déclarer', 'Declare']),
    form('recuse', RecuseFromReview, 'reason', ['Se déporter de ce dossier', 'Recuse from this file'],
      ['Motif du déport', 'Reason for recusal'], ['Me déporter', 'Recuse']));
}

/** A submitted review, or a recusal: what was sent, as the server keeps it. */
function readOnly(file: FundFile, review: Review | null): HTMLElement {
  if (!review) return h('p', {}, bi('Ce dossier ne vous est pas confié.', 'This file is not assigned to you.'));
  if (review.recused) {
    return h('p', { id: 'review-status' }, h('span', { class: 'tag' }, bi('déporté', 'recused')), ' ', review.recusalReason ?? '');
  }
  return h('section', { id: 'review-status' },
    h('h3', {}, bi('Évaluation transmise', 'Review submitted')),
    review.weightedScore !== null ? h('p', {}, bi(`Note pondérée : ${review.weightedScore} / 100`, `Weighted score: ${review.weightedScore} / 100`)) : null,
    h('ul', { class: 'cards' }, ...file.call.criteria.map((c) => {
      const s = review.scores.find((x) => x.criterionKey === c.key);
      return h('li', {}, h('strong', {}, label(c)), ` : ${s ? `${s.score} / ${c.scaleMax}` : '—'}`, h('br'), s?.justification ?? '',
        ...(s?.citations ?? []).map((x) => h('div', { class: 'quote' }, h('q', {}, x.exact))));
    })),
    review.comment ? h('p', {}, review.comment) : null);
}

function refusal(fr: string, en: string): HTMLElement {
  return h('p', { class: 'refused', role: 'alert' }, bi(fr, en));
}

function failure(e: unknown): HTMLElement {
  if (e instanceof ApiError && e.transient) return refusal('Pas de réseau : rien n’est perdu sur cet écran, réessayez.', 'No network: nothing on this screen is lost, try again.');
  return h('p', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e)));
}
