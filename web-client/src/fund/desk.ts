// The fund manager's desk: opening a call for projects (#/o), or editing one (#/o/<code>), with its envelope, deadline, rubric and required pieces,
// and a filed application (#/k/<id>): its reviewers, each with the conflicts the partnership graph showed and the
// reason a manager gave to override them; assigning one (the conflicts are shown first, and an override needs its
// reason); returning the file for completion, granting or declining it with reasons. Every action is sent at once:
// offline, the screen says a decision needs the network and sends nothing.

import { api, errorLine, offline, plain, type Session } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { addStyles, euros } from '../passage-view';
import { PIECES, day, networkLine, said, status } from './fund-words';
import { pieceList, type ListedPiece } from './piece-links';
import AssignReviewer from 'virtual:document-ids/AssignReviewer';
import CreateFundCall from 'virtual:document-ids/CreateFundCall';
import EditFundCall from 'virtual:document-ids/EditFundCall';
import FundCallEdit from 'virtual:document-ids/FundCallEdit';
import DeclineFundApplication from 'virtual:document-ids/DeclineFundApplication';
import FundApplicationDecision from 'virtual:document-ids/FundApplicationDecision';
import GrantFundApplication from 'virtual:document-ids/GrantFundApplication';
import ReturnFundApplication from 'virtual:document-ids/ReturnFundApplication';
import ReviewerConflicts from 'virtual:document-ids/ReviewerConflicts';

interface Conflict { partnershipId: string; reason: string }
interface Review {
  reviewer: string; assignedAt: string; assignedBy: string; detectedConflicts: Conflict[]; overrideReason: string | null;
  declaredConflict: string | null; recused: boolean; recusalReason: string | null; submitted: boolean; weightedScore: number | null;
}
interface FileForDecision {
  id: string; number: number; status: string; applicant: string | null; score: number | null;
  partnership: { slug: string; name: string } | null; call: { code: string; title: string };
  title: string; requestedAmount: number; coFinancingTotal: number; budgetTotal: number; submittedVersions: number;
  pieces: ListedPiece[];
  reviews: Review[];
  latestReturn: { version: number; reason: string } | null;
  decision: { granted: boolean; amount: number | null; reasons: string; periodStart: string | null; periodEnd: string | null; decidedAt: string; decidedBy: string } | null;
}

/** The DAECT's rubric, offered as a start: each line can be changed before the call opens. */
const RUBRIC = [
  ['fracture-numerique', 'Contribution à la réduction de la fracture numérique', 'Contribution to bridging the digital divide', 3],
  ['partenariat', 'Qualité du partenariat entre collectivités', 'Quality of the partnership between authorities', 2],
  ['appropriation', 'Appropriation locale : formation des agents et des citoyens', 'Local ownership: training of staff and citizens', 2],
  ['budget', 'Réalisme du budget et solidité des cofinancements', 'Realism of the budget and strength of co-financing', 2],
] as const;

const failure = (e: unknown, fr: string, en: string) => offline(e) ? bi(`Hors ligne — ${fr}`, `Offline — ${en}`) : biText(e instanceof Error ? e.message : String(e));

interface Criterion { key: string; labelFr: string; labelEn: string; weight: number; scaleMin: number; scaleMax: number }
/** A call as its manager edits it. */
interface EditedCall {
  id: string; code: string; year: number; title: string; envelope: number; deadline: string; blindReview: boolean; rubricLocked: boolean;
  criteria: Criterion[]; requiredPieces: string[];
}

/**
 * #/o: a new call; #/o/<code>: that call edited, through the same form. Its code and year never change; its rubric,
 * required pieces and blind review only until the first reviewer is assigned (then shown, not editable); only the
 * parts changed are sent, so an unchanged deadline already past is no reason to refuse a new title.
 */
export async function callScreen(_session: Session, editing?: string): Promise<HTMLElement> {
  addStyles();
  const back = h('p', {}, h('a', { href: editing ? `#/m/${encodeURIComponent(editing)}` : '#' }, editing ? bi('← Le classement', '← The ranking') : bi('← Accueil', '← Home')));
  let call: EditedCall | null = null;
  if (editing) {
    try {
      call = (await api.query<{ fundCall: EditedCall }>(FundCallEdit, { id: editing })).fundCall;
    } catch (e) {
      return h('main', { id: 'main', tabindex: -1 }, back, errorLine(e));
    }
  }
  const year = call?.year ?? new Date().getFullYear() + 1;
  const frozen = !!call?.rubricLocked;
  const text = (id: string, fr: string, en: string, value = '', props: Record<string, string | boolean> = {}) => {
    const input = h('input', { id, ...props });
    input.value = value;
    return [h('label', { for: id }, bi(fr, en)), input] as const;
  };
  const [codeLabel, code] = text('call-code', 'Code de l’appel (lettres, chiffres, tirets)', 'Call code (letters, digits, dashes)', call?.code ?? `fsn-${year}`, { readonly: !!call });
  const [titleLabel, title] = text('call-title', 'Intitulé', 'Title', call?.title ?? `Fonds de Solidarité Numérique — appel ${year}`);
  const [yearLabel, yearInput] = text('call-year', 'Année', 'Year', String(year), { inputmode: 'numeric', readonly: !!call });
  const [envelopeLabel, envelope] = text('call-envelope', 'Enveloppe (€)', 'Envelope (€)', call ? String(call.envelope) : '', { inputmode: 'decimal' });
  const [deadlineLabel, deadline] = text('call-deadline', 'Date limite de dépôt', 'Filing deadline', call?.deadline.slice(0, 10) ?? '', { type: 'date' });
  const blind = h('input', { type: 'checkbox', id: 'call-blind', checked: call?.blindReview ?? false, disabled: frozen });
  const rubric: Criterion[] = call?.criteria ?? RUBRIC.map(([key, labelFr, labelEn, weight]) => ({ key, labelFr, labelEn, weight, scaleMin: 0, scaleMax: 5 }));
  const criteria = rubric.map((c, i) => {
    const label = h('input', { id: `crit-${i}`, disabled: frozen });
    label.value = c.labelFr;
    const w = h('input', { id: `crit-${i}-weight`, inputmode: 'numeric', disabled: frozen });
    w.value = String(c.weight);
    const row = h('div', { class: 'line' },
      h('label', { for: `crit-${i}` }, bi(`Critère ${i + 1}`, `Criterion ${i + 1}`)), label,
      h('label', { for: `crit-${i}-weight` }, bi('Poids', 'Weight')), w);
    return { criterion: c, label, w, row };
  });
  const pieces = Object.entries(PIECES).filter(([kind]) => kind !== 'OTHER').map(([kind, [fr, en]]) => {
    const box = h('input', { type: 'checkbox', id: `piece-${kind}`, checked: call ? call.requiredPieces.includes(kind) : true, disabled: frozen });
    return { kind, box, row: h('div', { class: 'check' }, box, h('label', { for: `piece-${kind}` }, bi(fr, en))) };
  });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, id: call ? 'edit-call' : 'new-call' },
    codeLabel, code, titleLabel, title, yearLabel, yearInput, envelopeLabel, envelope, deadlineLabel, deadline,
    frozen ? h('p', { class: 'notice', id: 'rubric-frozen' }, bi('Des instructeurs sont désignés : la grille, les pièces exigées et l’évaluation à l’aveugle ne changent plus.',
      'Reviewers are assigned: the rubric, the required pieces and blind review no longer change.')) : '',
    h('div', { class: 'check' }, blind, h('label', { for: 'call-blind' }, bi('Évaluation à l’aveugle (les instructeurs ne voient pas qui candidate)', 'Blind review (reviewers do not see who applies)'))),
    h('fieldset', {}, h('legend', {}, bi('Grille d’évaluation (notes de 0 à 5, pondérées)', 'Rubric (scores 0 to 5, weighted)')),
      ...criteria.map((c) => c.row)),
    h('fieldset', {}, h('legend', {}, bi('Pièces exigées', 'Required pieces')), ...pieces.map((p) => p.row)),
    h('button', { type: 'submit', class: 'primary', id: call ? 'save-call' : 'open-call' }, call ? bi('Enregistrer l’appel', 'Save the call') : bi('Ouvrir l’appel', 'Open the call')), result);
  form.addEventListener('input', () => result.replaceChildren());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const amount = Number(envelope.value.replace(/\s/g, '').replace(',', '.'));
    const problems: [string, string][] = [];
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(code.value.trim())) problems.push(['le code : minuscules, chiffres et tirets', 'the code: lower-case letters, digits and dashes']);
    if (!title.value.trim()) problems.push(['l’intitulé', 'the title']);
    if (!(amount > 0)) problems.push(['l’enveloppe en euros', 'the envelope in euros']);
    if (!deadline.value) problems.push(['la date limite', 'the deadline']);
    if (criteria.some((c) => !c.label.value.trim() || !(Number(c.w.value) > 0))) problems.push(['chaque critère avec un poids', 'each criterion with a weight']);
    if (problems.length) {
      said(result, false, bi(`À compléter : ${problems.map((p) => p[0]).join(', ')}.`, `To complete: ${problems.map((p) => p[1]).join(', ')}.`));
      return;
    }
    const parts = {
      title: title.value.trim(), envelope: amount, deadline: `${deadline.value}T23:59:00Z`, blindReview: blind.checked,
      criteria: criteria.map((c) => ({ ...c.criterion, labelFr: c.label.value.trim(), weight: Number(c.w.value) })),
      requiredPieces: pieces.filter((p) => p.box.checked).map((p) => p.kind),
    };
    try {
      if (!call) {
        const { createFundCall } = await api.mutate<{ createFundCall: { call: { code: string } } }>(CreateFundCall, {
          input: { clientMutationId: crypto.randomUUID(), code: code.value.trim(), year: Number(yearInput.value), ...parts },
        });
        location.hash = `#/m/${encodeURIComponent(createFundCall.call.code)}`;
        return;
      }
      const before = call;
      const changed = {
        title: parts.title !== before.title ? parts.title : undefined,
        envelope: parts.envelope !== before.envelope ? parts.envelope : undefined,
        deadline: deadline.value !== before.deadline.slice(0, 10) ? parts.deadline : undefined,
        ...(frozen ? {} : {
          blindReview: parts.blindReview !== before.blindReview ? parts.blindReview : undefined,
          criteria: JSON.stringify(parts.criteria) !== JSON.stringify(before.criteria) ? parts.criteria : undefined,
          requiredPieces: parts.requiredPieces.join() !== before.requiredPieces.join() ? parts.requiredPieces : undefined,
        }),
      };
      await api.mutate(EditFundCall, { input: { clientMutationId: crypto.randomUUID(), callId: before.id, ...changed } });
      location.hash = `#/m/${encodeURIComponent(before.code)}`;
    } catch (e) {
      said(result, false, call
        ? failure(e, 'modifier un appel demande le réseau ; rien n’a été envoyé.', 'editing a call needs the network; nothing was sent.')
        : failure(e, 'ouvrir un appel demande le réseau ; rien n’a été envoyé.', 'opening a call needs the network; nothing was sent.'));
    }
  });
  return h('main', { id: 'main', tabindex: -1 }, back,
    h('h2', {}, call ? bi('Modifier l’appel à projets', 'Edit the call for projects') : bi('Ouvrir un appel à projets', 'Open a call for projects')),
    call ? networkLine('modifier un appel demande le réseau.', 'editing a call needs the network.') : networkLine('ouvrir un appel demande le réseau.', 'opening a call needs the network.'),
    form);
}

export async function decisionScreen(session: Session, id: string): Promise<HTMLElement> {
  addStyles();
  const main = h('main', { id: 'main', tabindex: -1 });
  let file: FileForDecision | null | undefined;
  let stale = false;
  try {
    ({ value: file, stale } = await session.replica.readThrough<FileForDecision | null>(`fundDecision:${id}`,
      async () => (await api.query<{ fundApplication: FileForDecision }>(FundApplicationDecision, { id })).fundApplication, offline));
  } catch (e) {
    main.append(h('p', {}, h('a', { href: '#' }, bi('← Accueil', '← Home'))), errorLine(e));
    return main;
  }
  if (!file) {
    main.append(h('p', {}, h('a', { href: '#' }, bi('← Accueil', '← Home'))), h('h2', {}, bi('Dossier', 'File')),
      h('p', {}, bi('Hors ligne, et ce dossier n’a pas encore été ouvert sur cet appareil.', 'Offline, and this file was never opened on this device.')));
    return main;
  }
  let current = file;
  const body = h('div', {});
  main.append(h('p', {}, h('a', { href: `#/m/${encodeURIComponent(current.call.code)}` }, bi('← Classement de l’appel', '← The call’s ranking'))),
    stale ? h('p', { class: 'muted' }, bi('Hors ligne : dossier tel que gardé sur cet appareil.', 'Offline: the file as kept on this device.')) : '',
    networkLine('désigner un instructeur et décider demandent le réseau ; rien n’est envoyé d’ici là.', 'assigning a reviewer and deciding need the network; nothing is sent until then.'),
    body);

  const act = async (operation: string, field: string, input: Record<string, unknown>, into: HTMLElement, done: [string, string]) => {
    try {
      const data = await api.mutate<Record<string, { application: FileForDecision }>>(operation, { input: { clientMutationId: crypto.randomUUID(), applicationId: id, ...input } });
      current = data[field]!.application;
      await session.replica.store.put(`fundDecision:${id}`, current);
      paint();
      const place = document.getElementById(into.id);
      if (place) {
        said(place, true, bi(...done));
        place.scrollIntoView({ block: 'nearest' });
      }
    } catch (e) {
      said(into, false, failure(e, 'cette action demande le réseau ; rien n’a été envoyé.', 'this action needs the network; nothing was sent.'));
    }
  };
  const textArea = (id: string, fr: string, en: string) => [h('label', { for: id }, bi(fr, en)), h('textarea', { id, rows: 3, maxlength: 2000 })] as const;

  const paint = () => {
    const decided = current.status === 'GRANTED' || current.status === 'DECLINED';
    const reviews = h('section', { id: 'reviewers' }, h('h3', {}, bi('Instructeurs', 'Reviewers')),
      current.reviews.length
        ? h('ul', { class: 'items' }, ...current.reviews.map((r) => h('li', { class: `item ${r.detectedConflicts.length ? 'pending' : ''}` },
          h('strong', {}, r.reviewer), ' ',
          h('span', { class: 'tag' }, r.recused ? bi('déporté', 'recused') : r.submitted ? bi('évaluation transmise', 'review submitted') : bi('à évaluer', 'to review')),
          r.weightedScore !== null ? h('span', {}, ' · ', bi(`note ${r.weightedScore.toLocaleString('fr-FR')}/100`, `score ${r.weightedScore}/100`)) : '', h('br'),
          h('span', { class: 'muted' }, bi(`Désigné le ${day(r.assignedAt)} par ${r.assignedBy}`, `Assigned on ${day(r.assignedAt, true)} by ${r.assignedBy}`)),
          r.detectedConflicts.length
            ? h('div', { class: 'conflicts' }, h('strong', {}, bi('Conflits détectés :', 'Conflicts detected:')),
              h('ul', {}, ...r.detectedConflicts.map((c) => h('li', {}, biText(c.reason)))),
              h('p', {}, h('strong', {}, bi('Dérogation motivée : ', 'Override reason: ')), r.overrideReason ?? '—'))
            : h('p', { class: 'muted' }, bi('Aucun conflit détecté.', 'No conflict detected.')),
          r.declaredConflict ? h('p', {}, h('strong', {}, bi('Lien d’intérêts déclaré : ', 'Declared interest: ')), r.declaredConflict) : '',
          r.recusalReason ? h('p', {}, h('strong', {}, bi('Déport : ', 'Recusal: ')), r.recusalReason) : '')))
        : h('p', {}, bi('Aucun instructeur désigné.', 'No reviewer assigned.')));

    const email = h('input', { id: 'reviewer-email', type: 'email', autocomplete: 'off', inputmode: 'email' });
    const found = h('div', { id: 'found-conflicts' });
    const assignSaid = h('div', { id: 'assign-said', 'aria-live': 'polite' });
    let checkedFor = '';
    let conflicts: Conflict[] = [];
    const override = textArea('override-reason', 'Motif de la dérogation', 'Reason for overriding');
    const assign = h('form', { novalidate: true, id: 'assign' },
      h('h3', {}, bi('Désigner un instructeur', 'Assign a reviewer')),
      h('label', { for: 'reviewer-email' }, bi('Adresse électronique de l’instructeur', 'The reviewer’s e-mail address')), email,
      found, h('button', { type: 'submit', id: 'assign-reviewer' }, bi('Vérifier puis désigner', 'Check, then assign')), assignSaid);
    assign.addEventListener('submit', async (event) => {
      event.preventDefault();
      assignSaid.replaceChildren();
      const address = email.value.trim();
      if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
        said(assignSaid, false, bi('Écrivez l’adresse électronique de l’instructeur (ex. paul.lefevre@daect.example).', 'Write the reviewer’s e-mail address.'));
        return;
      }
      // The conflicts are shown before anyone is assigned; a second press, with a reason, overrides them.
      if (checkedFor !== address) {
        try {
          conflicts = (await api.query<{ reviewerConflicts: Conflict[] }>(ReviewerConflicts, { applicationId: id, reviewerEmail: address })).reviewerConflicts;
        } catch (e) {
          said(assignSaid, false, failure(e, 'vérifier les conflits demande le réseau.', 'checking conflicts needs the network.'));
          return;
        }
        checkedFor = address;
        if (conflicts.length) {
          found.replaceChildren(h('div', { class: 'refused', role: 'alert' },
            h('strong', {}, bi(`${conflicts.length} conflit(s) d’intérêts possible(s) :`, `${conflicts.length} possible conflict(s) of interest:`)),
            h('ul', {}, ...conflicts.map((c) => h('li', {}, biText(c.reason)))),
            bi('Pour le désigner malgré tout, motivez la dérogation puis désignez.', 'To assign them anyway, give the reason for overriding, then assign.')),
          ...override);
          return;
        }
      }
      const reason = (document.getElementById('override-reason') as HTMLTextAreaElement | null)?.value.trim() ?? '';
      if (conflicts.length && !reason) {
        said(assignSaid, false, bi('Un conflit a été détecté : le motif de la dérogation est obligatoire.', 'A conflict was detected: the reason for overriding is required.'));
        return;
      }
      await act(AssignReviewer, 'assignReviewer', { reviewerEmail: address, overrideReason: conflicts.length ? reason : null }, assignSaid,
        conflicts.length ? ['Instructeur désigné, avec la dérogation motivée.', 'Reviewer assigned, with the override reason.'] : ['Instructeur désigné.', 'Reviewer assigned.']);
    });

    const decideSaid = h('div', { id: 'decide-said', 'aria-live': 'polite' });
    const grantAmount = h('input', { id: 'grant-amount', inputmode: 'decimal' });
    grantAmount.value = String(current.requestedAmount);
    const reasons = textArea('decision-reasons', 'Motifs de la décision', 'Reasons for the decision');
    const decideWith = (granted: boolean) => async () => {
      const text = (document.getElementById('decision-reasons') as HTMLTextAreaElement).value.trim();
      const amount = Number(grantAmount.value.replace(/\s/g, '').replace(',', '.'));
      if (!text) return said(decideSaid, false, bi('Les motifs de la décision sont obligatoires.', 'The reasons for the decision are required.'));
      if (granted && !(amount > 0 && amount <= current.requestedAmount))
        return said(decideSaid, false, bi(`Le montant accordé va de 1 € au montant demandé (${euros(current.requestedAmount)}).`, `The granted amount goes from EUR 1 to the amount requested (${euros(current.requestedAmount)}).`));
      await (granted
        ? act(GrantFundApplication, 'grantFundApplication', { amount, reasons: text }, decideSaid, ['Subvention accordée.', 'Grant awarded.'])
        : act(DeclineFundApplication, 'declineFundApplication', { reasons: text }, decideSaid, ['Dossier refusé.', 'Application declined.']));
    };
    const decide = h('section', { id: 'decide' }, h('h3', {}, bi('Décision', 'Decision')),
      h('label', { for: 'grant-amount' }, bi('Montant accordé (€)', 'Amount granted (€)')), grantAmount, ...reasons,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'grant', disabled: current.status !== 'UNDER_REVIEW', onclick: decideWith(true) }, bi('Accorder', 'Grant')),
        h('button', { type: 'button', id: 'decline', onclick: decideWith(false) }, bi('Refuser', 'Decline')),
        h('button', {
          type: 'button', id: 'return', onclick: async () => {
            const text = (document.getElementById('decision-reasons') as HTMLTextAreaElement).value.trim();
            if (!text) return said(decideSaid, false, bi('Le motif du renvoi est obligatoire.', 'The reason for returning is required.'));
            await act(ReturnFundApplication, 'returnFundApplication', { reason: text }, decideSaid, ['Dossier renvoyé pour compléments.', 'File returned for completion.']);
          },
        }, bi('Renvoyer pour compléments', 'Return for completion'))),
      current.status !== 'UNDER_REVIEW' ? h('p', { class: 'muted' }, bi('Un dossier s’accorde une fois en instruction (un instructeur désigné).', 'A file is granted once under review (a reviewer assigned).')) : '',
      decideSaid);

    body.replaceChildren(
      h('h2', {}, bi(`Dossier n° ${current.number}`, `File #${current.number}`), ' — ', current.title),
      h('p', {}, current.applicant ?? '', current.partnership ? ` — ${current.partnership.name}` : '', ' · ', h('span', { class: 'tag', id: 'file-status' }, status(current.status))),
      h('p', { class: 'muted' }, current.call.title),
      h('p', {}, bi('Demandé', 'Requested'), ` ${euros(current.requestedAmount)} · `, bi('cofinancements', 'co-financing'), ` ${euros(current.coFinancingTotal)} · `,
        bi('budget', 'budget'), ` ${euros(current.budgetTotal)} · `,
        bi(`note ${current.score === null ? '—' : current.score.toLocaleString('fr-FR')}/100`, `score ${current.score ?? '—'}/100`)),
      current.decision
        ? h('p', { class: 'notice', id: 'decision' }, current.decision.granted
          ? bi(`Accordé : ${euros(current.decision.amount)}`, `Granted: ${euros(current.decision.amount)}`)
          : bi('Refusé', 'Declined'), ` — ${current.decision.reasons} (${current.decision.decidedBy}, ${day(current.decision.decidedAt)})`)
        : '',
      current.latestReturn && current.status === 'RETURNED'
        ? h('p', { class: 'notice' }, bi(`Renvoyé (version n° ${current.latestReturn.version}) : `, `Returned (version #${current.latestReturn.version}): `), current.latestReturn.reason)
        : '',
      h('section', { id: 'file-pieces' }, h('h3', {}, bi('Pièces du dossier', 'The file’s pieces')), pieceList(current.id, current.pieces)),
      reviews,
      decided ? '' : assign,
      decided ? '' : decide);
  };
  paint();
  return main;
}
