// The French authority's file for the fund (#/g/<application id>): the draft (project, amounts, co-financing, budget,
// pieces), its checklist against the call, filing, and the filed versions with any return or decision. What is typed
// is kept on the phone at each change and saved to the server with « Enregistrer le brouillon »; a piece (the signed
// convention, the délibération, a letter of intent: a PDF or a scan) goes through the outbox in 32 KB blocks like a
// photo, so a dropped link costs one block. Saving and filing need the network: offline the screen says so.

import { api, errorLine, offline, plain, type Session, type Viewer } from '../app';
import { ApiError } from '../api';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { addStyles, euros } from '../passage-view';
import { queuePhoto } from '../photos';
import { PIECES, day, networkLine, said, status } from './fund-words';
import { openPieceButton, pieceList } from './piece-links';
import DraftFundApplication from 'virtual:document-ids/DraftFundApplication';
import EditFundApplication from 'virtual:document-ids/EditFundApplication';
import FundApplicationDraft from 'virtual:document-ids/FundApplicationDraft';
import FundDesk from 'virtual:document-ids/FundDesk';
import SubmitFundApplication from 'virtual:document-ids/SubmitFundApplication';

interface Piece { kind: string; name: string; uploadId: string | null; documentReference: string | null }
interface Content {
  title: string; description: string; expectedResults: string; requestedAmount: string;
  coFinancing: { funder: string; amount: string; secured: boolean }[];
  budget: { label: string; amount: string }[];
  pieces: Piece[];
}
interface Application {
  id: string; number: number; status: string; revision: number; ready: boolean; draftNumber: number | null; submittedVersions: number;
  partnership: { slug: string; name: string } | null;
  call: { code: string; title: string; envelope: number; deadline: string; open: boolean; requiredPieces: string[] };
  title: string; description: string; expectedResults: string; requestedAmount: number;
  coFinancing: { funder: string; amount: number; secured: boolean }[];
  budget: { label: string; amount: number }[];
  pieces: Piece[];
  checklist: { check: string; piece: string | null; satisfied: boolean; message: string }[];
  versions: { number: number; title: string; requestedAmount: number; coFinancingTotal: number; budgetTotal: number; submittedAt: string; submittedBy: string | null; pieces: Piece[] }[];
  latestReturn: { version: number; reason: string; at: string } | null;
  decision: { granted: boolean; amount: number | null; reasons: string; decidedAt: string } | null;
}
/** What the phone keeps of a draft between saves. */
interface Kept { revision: number; content: Content; dirty: boolean }
interface DeskCall {
  id: string; code: string; title: string; deadline: string; open: boolean;
  applications: { id: string; number: number; status: string; title: string; partnership: { slug: string; name: string } | null }[];
}

/** 8 MiB, the server's limit for a piece. */
const MAX_PIECE_BYTES = 8 * 1024 * 1024;
const keptKey = (id: string) => `fundDraft:${id}`;
const amount = (s: string) => Number(s.replace(/\s/g, '').replace(',', '.'));

function contentOf(a: Application): Content {
  return {
    title: a.title, description: a.description, expectedResults: a.expectedResults,
    requestedAmount: a.requestedAmount ? String(a.requestedAmount) : '',
    coFinancing: a.coFinancing.map((l) => ({ funder: l.funder, amount: String(l.amount), secured: l.secured })),
    budget: a.budget.map((l) => ({ label: l.label, amount: String(l.amount) })),
    pieces: a.pieces.map((p) => ({ ...p })),
  };
}

/** « Mes dossiers au Fonds » on a North staff member's home: the files of her partnerships, and a draft to open per open call. */
export async function applicationsSection(session: Session, viewer: Viewer): Promise<HTMLElement> {
  const section = h('section', { id: 'fund-applications' }, h('h2', {}, bi('Dossiers au Fonds de Solidarité Numérique', 'Files to the Digital Solidarity Fund')));
  const mine = viewer.memberships.filter((m) => m.role === 'NORTH_STAFF').map((m) => m.partnership);
  try {
    const { value, stale } = await session.replica.readThrough<DeskCall[]>('fundDesk',
      async () => (await api.query<{ fundCalls: DeskCall[] }>(FundDesk)).fundCalls, offline);
    if (stale) section.append(h('p', { class: 'muted' }, bi('Hors ligne : dernière liste gardée sur ce téléphone.', 'Offline: last list kept on this phone.')));
    const problem = h('div', { 'aria-live': 'assertive' });
    section.append(h('ul', { class: 'cards' }, ...(value ?? []).map((call) => {
      const files = call.applications.filter((a) => mine.some((p) => p.slug === a.partnership?.slug));
      const without = call.open ? mine.filter((p) => !files.some((a) => a.partnership?.slug === p.slug)) : [];
      return h('li', {},
        h('strong', {}, call.title), ' ', h('span', { class: 'tag' }, call.open ? bi('ouvert', 'open') : bi('clos', 'closed')), h('br'),
        h('span', { class: 'muted' }, bi(`Date limite : ${day(call.deadline)}`, `Deadline: ${day(call.deadline, true)}`)),
        ...files.map((a) => h('p', {}, h('a', { href: `#/g/${encodeURIComponent(a.id)}`, class: 'button' },
          bi(`Dossier n° ${a.number}`, `File #${a.number}`), ` — ${a.partnership?.name ?? ''}`), ' ', h('span', { class: 'tag' }, status(a.status)))),
        ...without.map((p) => h('p', {}, h('button', {
          type: 'button', onclick: async () => {
            problem.replaceChildren();
            try {
              const { draftFundApplication } = await api.mutate<{ draftFundApplication: { application: { id: string } } }>(DraftFundApplication,
                { input: { clientMutationId: crypto.randomUUID(), callId: call.code, partnershipId: p.slug } });
              location.hash = `#/g/${encodeURIComponent(draftFundApplication.application.id)}`;
            } catch (e) {
              problem.replaceChildren(offline(e)
                ? h('p', { class: 'refused', role: 'alert' }, bi('Hors ligne — ouvrir un dossier demande le réseau.', 'Offline — opening a file needs the network.'))
                : errorLine(e));
            }
          },
        }, bi(`Rédiger un dossier pour « ${p.name} »`, `Draft a file for “${p.name}”`)))));
    })), problem);
  } catch (e) {
    section.append(errorLine(e));
  }
  return section;
}

export async function applicationScreen(session: Session, id: string): Promise<HTMLElement> {
  addStyles();
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: '#' }, bi('← Accueil', '← Home'))));
  let app: Application | null | undefined;
  let stale = false;
  try {
    ({ value: app, stale } = await session.replica.readThrough<Application | null>(`fundFile:${id}`,
      async () => (await api.query<{ fundApplication: Application }>(FundApplicationDraft, { id })).fundApplication, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!app) {
    main.append(h('h2', {}, bi('Dossier', 'File')), h('p', {}, bi('Hors ligne, et ce dossier n’a pas encore été ouvert sur cet appareil.', 'Offline, and this file was never opened on this device.')));
    return main;
  }
  let current: Application = app;
  const store = session.replica.store;
  const kept = await store.get<Kept>(keptKey(id));
  // What the phone kept wins while it was not saved: the person's typing is never dropped by a fresher read.
  let content: Content = kept?.dirty ? kept.content : contentOf(current);
  let dirty = kept?.dirty ?? false;
  // The revision the kept text was typed on: saving it over someone else's later save is refused, not silent.
  let basis = kept?.dirty ? kept.revision : current.revision;
  const keep = () => store.put(keptKey(id), { revision: basis, content, dirty } satisfies Kept);

  const heading = h('h2', {});
  const summary = h('div', {});
  const form = h('form', { novalidate: true, id: 'draft' });
  const checklist = h('section', { id: 'checklist' });
  const versions = h('section', { id: 'versions' });
  const saveSaid = h('div', { 'aria-live': 'polite' });
  const fileSaid = h('div', { 'aria-live': 'polite' });
  const keptLine = h('p', { class: 'muted', role: 'status' });
  main.append(heading, stale ? h('p', { class: 'muted' }, bi('Hors ligne : dossier tel que gardé sur cet appareil.', 'Offline: the file as kept on this device.')) : '',
    networkLine('le brouillon est gardé sur ce téléphone ; l’enregistrer et déposer le dossier demandent le réseau.',
      'the draft is kept on this phone; saving it and filing need the network.'),
    summary, form, checklist, versions);

  const touched = async () => {
    dirty = true;
    await keep();
    keptLine.replaceChildren(bi('Modifications gardées sur ce téléphone, pas encore enregistrées.', 'Changes kept on this phone, not saved yet.'));
  };

  const field = (name: keyof Content, fr: string, en: string, multiline = false) => {
    const input = multiline
      ? h('textarea', { id: `f-${name}`, rows: 5, maxlength: name === 'description' ? 8000 : 4000 })
      : h('input', { id: `f-${name}`, inputmode: name === 'requestedAmount' ? 'decimal' : undefined, maxlength: 200 });
    input.value = content[name] as string;
    input.addEventListener('input', () => {
      (content[name] as string) = input.value;
      void touched();
    });
    return [h('label', { for: `f-${name}` }, bi(fr, en)), input];
  };

  const lines = <T>(legendFr: string, legendEn: string, list: () => T[], row: (line: T, i: number) => Node[], blank: () => T, addFr: string, addEn: string): HTMLElement => {
    const box = h('fieldset', {});
    const paint = () => box.replaceChildren(h('legend', {}, bi(legendFr, legendEn)),
      ...list().map((line, i) => h('div', { class: 'line' }, ...row(line, i),
        h('button', { type: 'button', onclick: () => { list().splice(i, 1); void touched(); paint(); } }, bi('Retirer', 'Remove')))),
      h('button', { type: 'button', onclick: () => { list().push(blank()); void touched(); paint(); } }, bi(addFr, addEn)));
    paint();
    return box;
  };
  const input = (id: string, fr: string, en: string, value: string, set: (v: string) => void, mode?: string) => {
    const element = h('input', { id, inputmode: mode });
    element.value = value;
    element.addEventListener('input', () => { set(element.value); void touched(); });
    return h('div', {}, h('label', { for: id }, bi(fr, en)), element);
  };

  const pieceStatus = async (piece: Piece): Promise<Node> => {
    if (!piece.uploadId) return bi(`Référence : ${piece.documentReference ?? ''}`, `Reference: ${piece.documentReference ?? ''}`);
    const waiting = (await session.outbox.photos()).find((p) => p.uploadId === piece.uploadId);
    // The server opens a piece once the saved draft cites it.
    if (!waiting) return current.pieces.some((p) => p.uploadId === piece.uploadId)
      ? h('span', {}, bi('Fichier envoyé', 'File sent'), ' ', openPieceButton(current.id, { name: piece.name, uploadId: piece.uploadId }))
      : bi('Fichier envoyé', 'File sent');
    if (waiting.step === 'refused') return h('span', { class: 'late' }, bi('Fichier refusé : ', 'File refused: '), biText(waiting.error?.message ?? ''));
    return bi(`Fichier en cours d’envoi (${waiting.sentBlocks.length}/${waiting.blockCount} blocs)`, `File being sent (${waiting.sentBlocks.length}/${waiting.blockCount} blocks)`);
  };

  const piecesBox = h('fieldset', { id: 'pieces' });
  const paintPieces = async () => {
    const rows = await Promise.all(content.pieces.map(async (piece, i) => h('li', { class: 'item' },
      h('strong', {}, bi(...(PIECES[piece.kind] ?? [piece.kind, piece.kind]))), ' — ', piece.name, h('br'),
      h('span', { class: 'muted piece-status' }, await pieceStatus(piece)), h('br'),
      h('button', { type: 'button', onclick: () => { content.pieces.splice(i, 1); void touched(); void paintPieces(); } }, bi('Retirer la pièce', 'Remove the piece')))));
    const kind = h('select', { id: 'piece-kind' }, ...Object.entries(PIECES).map(([value, [fr, en]]) => h('option', { value }, plain(fr, en))));
    const name = h('input', { id: 'piece-name', maxlength: 200 });
    const reference = h('input', { id: 'piece-reference', maxlength: 300 });
    const pieceSaid = h('div', { 'aria-live': 'polite' });
    const file = h('input', { type: 'file', id: 'piece-file', accept: 'application/pdf,.pdf,image/jpeg,image/png,image/webp', class: 'visually-hidden' });
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (!chosen || !current.partnership) return;
      if (chosen.size > MAX_PIECE_BYTES) {
        said(pieceSaid, false, bi(`Fichier trop lourd (${Math.ceil(chosen.size / 1048576)} Mio) : 8 Mio au plus. Numérisez-le en noir et blanc ou à 150 ppp.`,
          `File too big (${Math.ceil(chosen.size / 1048576)} MiB): 8 MiB at most. Scan it in black and white or at 150 dpi.`));
        return;
      }
      const type = chosen.type || (chosen.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : '');
      const uploadId = await queuePhoto(session.outbox, current.partnership.slug, new Blob([chosen], { type }), { applicationId: id });
      content.pieces.push({ kind: kind.value, name: name.value.trim() || chosen.name, uploadId, documentReference: null });
      await touched();
      await session.queued(current.partnership.slug);
      await paintPieces();
      said(document.getElementById('piece-said') as HTMLElement, true,
        bi(`« ${chosen.name} » joint : il part en blocs de 32 Ko ; enregistrez le brouillon.`, `“${chosen.name}” attached: it leaves in 32 KB blocks; save the draft.`));
    });
    piecesBox.replaceChildren(h('legend', {}, bi('Pièces du dossier', 'The file’s pieces')),
      rows.length ? h('ul', { class: 'items' }, ...rows) : h('p', {}, bi('Aucune pièce jointe.', 'No piece attached.')),
      h('label', { for: 'piece-kind' }, bi('Type de pièce', 'Kind of piece')), kind,
      h('label', { for: 'piece-name' }, bi('Intitulé de la pièce', 'Name of the piece')), name,
      h('label', { for: 'piece-file', class: 'button' }, bi('Joindre un fichier (PDF ou photo)…', 'Attach a file (PDF or photo)…')), file,
      h('label', { for: 'piece-reference' }, bi('Ou la référence d’un document (ex. « Délibération n° 2026-112 »)', 'Or a document’s reference')), reference,
      h('button', {
        type: 'button', onclick: async () => {
          if (!reference.value.trim() || !name.value.trim()) {
            said(pieceSaid, false, bi('Donnez l’intitulé de la pièce et sa référence.', 'Give the piece’s name and its reference.'));
            return;
          }
          content.pieces.push({ kind: kind.value, name: name.value.trim(), uploadId: null, documentReference: reference.value.trim() });
          await touched();
          await paintPieces();
        },
      }, bi('Ajouter la référence', 'Add the reference')),
      h('div', { id: 'piece-said', 'aria-live': 'polite' }), pieceSaid);
  };
  // The blocks leave with the sync: the line under each piece follows them while the screen is up.
  const timer = setInterval(() => {
    if (!piecesBox.isConnected) clearInterval(timer);
    else for (const [i, span] of [...piecesBox.querySelectorAll('.piece-status')].entries()) {
      const piece = content.pieces[i];
      if (piece) void pieceStatus(piece).then((n) => span.replaceChildren(n));
    }
  }, 2000);

  const inputs = () => ({
    title: content.title, description: content.description, expectedResults: content.expectedResults,
    requestedAmount: content.requestedAmount.trim() ? amount(content.requestedAmount) : 0,
    coFinancing: content.coFinancing.map((l) => ({ funder: l.funder, amount: amount(l.amount), secured: l.secured })),
    budget: content.budget.map((l) => ({ label: l.label, amount: amount(l.amount) })),
    pieces: content.pieces.map((p) => ({ kind: p.kind, name: p.name, uploadId: p.uploadId, documentReference: p.documentReference })),
  });
  /** The app's own check, before the server's: numbers where amounts go. */
  const badAmount = () => [content.requestedAmount, ...content.coFinancing.map((l) => l.amount), ...content.budget.map((l) => l.amount)]
    .some((s) => s.trim() !== '' && !(amount(s) >= 0));

  const save = async (): Promise<boolean> => {
    if (badAmount()) {
      said(saveSaid, false, bi('Un montant n’est pas un nombre : écrivez-le en euros, sans lettres (ex. 45000 ou 45 000,50).', 'An amount is not a number: write it in euros, without letters (e.g. 45000).'));
      return false;
    }
    try {
      const { editFundApplication } = await api.mutate<{ editFundApplication: { application: Application } }>(EditFundApplication,
        { input: { clientMutationId: crypto.randomUUID(), applicationId: id, expectedRevision: basis, ...inputs() } });
      current = editFundApplication.application;
      basis = current.revision;
      dirty = false;
      await keep();
      await store.put(`fundFile:${id}`, current);
      keptLine.replaceChildren();
      said(saveSaid, true, bi('Brouillon enregistré.', 'Draft saved.'));
      paintChecklist();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT' && e.message.includes('révision')) {
        // Saved elsewhere since this text was typed: the person is told, and a second press replaces that save.
        const fresh = await api.query<{ fundApplication: Application }>(FundApplicationDraft, { id }).catch(() => null);
        if (fresh) {
          basis = fresh.fundApplication.revision;
          await keep();
          said(saveSaid, false, bi('Le dossier a été enregistré ailleurs depuis que vous l’avez modifié ici. Enregistrez à nouveau pour le remplacer par votre texte.',
            'The file was saved elsewhere since you changed it here. Save again to replace it with your text.'));
          return false;
        }
      }
      said(saveSaid, false, offline(e)
        ? bi('Hors ligne — le brouillon reste gardé sur ce téléphone ; enregistrez-le au retour du réseau.', 'Offline — the draft stays kept on this phone; save it when the network is back.')
        : biText(e instanceof Error ? e.message : String(e)));
      return false;
    }
  };

  const paintChecklist = () => {
    const gaps = current.checklist.filter((c) => !c.satisfied).length;
    const file = h('button', {
      type: 'button', class: 'primary', id: 'file-application', disabled: !editable() || (!current.ready && !dirty), onclick: async () => {
        fileSaid.replaceChildren();
        if (dirty && !(await save())) return;
        if (!current.ready) {
          said(fileSaid, false, bi('La liste de contrôle a encore un manque : complétez le dossier avant de le déposer.', 'The checklist still has a gap: complete the file before filing it.'));
          return;
        }
        try {
          const { submitFundApplication } = await api.mutate<{ submitFundApplication: { application: Application } }>(SubmitFundApplication,
            { input: { clientMutationId: crypto.randomUUID(), applicationId: id } });
          current = submitFundApplication.application;
          basis = current.revision;
          content = contentOf(current);
          await keep();
          await store.put(`fundFile:${id}`, current);
          paint();
          said(fileSaid, true, bi(`Dossier déposé : version n° ${current.submittedVersions}, figée.`, `File filed: version #${current.submittedVersions}, frozen.`));
          fileSaid.scrollIntoView({ block: 'nearest' });
        } catch (e) {
          said(fileSaid, false, offline(e)
            ? bi('Hors ligne — le dépôt demande le réseau ; rien n’est perdu, réessayez au retour du réseau.', 'Offline — filing needs the network; nothing is lost, try again when the network is back.')
            : biText(e instanceof Error ? e.message : String(e)));
        }
      },
    }, bi('Déposer le dossier', 'File the application'));
    checklist.replaceChildren(h('h3', {}, bi('Liste de contrôle', 'Checklist')),
      h('ul', { class: 'items' }, ...current.checklist.map((c) => h('li', { class: `item ${c.satisfied ? 'done' : 'pending'}` },
        c.satisfied ? bi('✓ ', '') : bi('À faire : ', 'To do: '), biText(c.message)))),
      editable() ? h('p', {}, gaps
        ? bi(`${gaps} point(s) à compléter avant le dépôt.`, `${gaps} point(s) to complete before filing.`)
        : bi('Tout est prêt : le dossier peut être déposé.', 'Everything is ready: the file may be filed.')) : '',
      editable() ? file : '', fileSaid);
  };

  const editable = () => current.status === 'DRAFT' || current.status === 'RETURNED';

  const paint = () => {
    heading.replaceChildren(bi(`Dossier n° ${current.number}`, `File #${current.number}`), ' — ', current.call.title);
    summary.replaceChildren(
      h('p', {}, current.partnership?.name ?? '', ' · ', h('span', { class: 'tag', id: 'file-status' }, status(current.status)), ' · ',
        bi(`Date limite : ${day(current.call.deadline)}`, `Deadline: ${day(current.call.deadline, true)}`), ' · ',
        bi(`Enveloppe ${euros(current.call.envelope)}`, `Envelope ${euros(current.call.envelope)}`)),
      current.status === 'RETURNED' && current.latestReturn
        ? h('p', { class: 'notice' }, bi(`Renvoyé pour compléments (version n° ${current.latestReturn.version}) : `, `Returned for completion (version #${current.latestReturn.version}): `), current.latestReturn.reason)
        : '',
      current.decision
        ? h('p', { class: 'notice', id: 'decision' }, current.decision.granted
          ? bi(`Subvention accordée : ${euros(current.decision.amount)}. `, `Grant awarded: ${euros(current.decision.amount)}. `)
          : bi('Dossier refusé. ', 'Application declined. '), current.decision.reasons)
        : '');
    if (editable()) {
      form.replaceChildren(
        h('h3', {}, bi(`Brouillon (future version n° ${current.draftNumber ?? 1})`, `Draft (future version #${current.draftNumber ?? 1})`)),
        ...field('title', 'Intitulé du projet', 'Project title'),
        ...field('description', 'Description du projet', 'Project description', true),
        ...field('expectedResults', 'Résultats attendus', 'Expected results', true),
        ...field('requestedAmount', 'Montant demandé au Fonds (€)', 'Amount requested from the fund (€)'),
        lines('Plan de cofinancement', 'Co-financing plan', () => content.coFinancing, (l, i) => [
          input(`co-${i}-funder`, 'Cofinanceur', 'Co-funder', l.funder, (v) => (l.funder = v)),
          input(`co-${i}-amount`, 'Montant (€)', 'Amount (€)', l.amount, (v) => (l.amount = v), 'decimal'),
          h('div', { class: 'check' }, (() => {
            const box = h('input', { type: 'checkbox', id: `co-${i}-secured`, checked: l.secured });
            box.addEventListener('change', () => { l.secured = box.checked; void touched(); });
            return box;
          })(), h('label', { for: `co-${i}-secured` }, bi('Acquis', 'Secured'))),
        ], () => ({ funder: '', amount: '', secured: false }), 'Ajouter un cofinancement', 'Add a co-funder'),
        lines('Budget prévisionnel', 'Budget', () => content.budget, (l, i) => [
          input(`budget-${i}-label`, 'Poste de dépense', 'Expense', l.label, (v) => (l.label = v)),
          input(`budget-${i}-amount`, 'Montant (€)', 'Amount (€)', l.amount, (v) => (l.amount = v), 'decimal'),
        ], () => ({ label: '', amount: '' }), 'Ajouter une ligne de budget', 'Add a budget line'),
        piecesBox,
        h('button', { type: 'submit', id: 'save-draft' }, bi('Enregistrer le brouillon', 'Save the draft')), saveSaid, keptLine);
      void paintPieces();
      if (dirty) keptLine.replaceChildren(bi('Modifications gardées sur ce téléphone, pas encore enregistrées.', 'Changes kept on this phone, not saved yet.'));
    } else {
      form.replaceChildren();
    }
    paintChecklist();
    versions.replaceChildren(h('h3', {}, bi('Versions déposées', 'Filed versions')),
      current.versions.length
        ? h('ul', { class: 'items' }, ...[...current.versions].reverse().map((v) => h('li', { class: 'item' },
          h('strong', {}, bi(`Version n° ${v.number}`, `Version #${v.number}`)), ' — ',
          bi(`déposée le ${day(v.submittedAt)}`, `filed on ${day(v.submittedAt, true)}`), v.submittedBy ? ` · ${v.submittedBy}` : '', h('br'),
          v.title, h('br'),
          h('span', { class: 'muted' }, bi('Demandé', 'Requested'), ` ${euros(v.requestedAmount)} · `, bi('cofinancements', 'co-financing'), ` ${euros(v.coFinancingTotal)} · `,
            bi('budget', 'budget'), ` ${euros(v.budgetTotal)}`), pieceList(current.id, v.pieces))))
        : h('p', {}, bi('Aucune version déposée pour l’instant.', 'No version filed yet.')));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  paint();
  return main;
}
