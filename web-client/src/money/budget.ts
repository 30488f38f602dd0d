// « Budget et financements » of a partnership for a year (#/b/<partnership>/<year>): the totals first — by kind, by
// funder, and the donated hardware's value beside them — then the budget lines and the transactions with their
// documents, then the ledger's history. North staff add and correct lines and transactions (« Corriger » opens the
// same form filled in) and attach their documents, sent at once: offline, the forms are disabled and say the budget
// needs the network. South agents say « Reçu » (or « Non reçu ») of the funds sent to them, offline too: through the
// outbox (./receipts.ts). Every reader opens the documents; what was last read, or synced in since, stays on show.

import { api, errorLine, offline, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';
import { englishDate, frenchDate } from '../dates';
import { queuePhoto } from '../photos';
import { openFileButton } from '../fund/piece-links';
import { pagedHistory } from '../north/history-list';
import type { HistoryPage } from '../north/history-pages';
import { amount, euros, rate } from './amounts';
import type { BudgetLine, Desk, Ledger, LedgerDocument, Read, Transaction } from './ledger';
import { followNetwork } from './money-form';
import { FUNDERS, KINDS, isConflict, said } from './money-words';
import { documentPath } from './rules';
import { lineForm } from './line-form';
import { transactionForm } from './transaction-form';
import { budgetTopics, pendingReceiptLine, pendingReceipts, queueReceipt } from './receipts';
import Money from 'virtual:document-ids/Money';
import MoneyHistory from 'virtual:document-ids/MoneyHistory';

/** History lines a page: a ledger's lines are long (a whole transaction before and after), a phone shows a few at a time. */
const HISTORY_PAGE = 5;

/** The ledger's events and fields in words (the server's past-tense names). */
const HISTORY = {
  actions: {
    BudgetLineAdded: ['Ligne ajoutée', 'Line added'],
    BudgetLineCorrected: ['Ligne corrigée', 'Line corrected'],
    TransactionRecorded: ['Opération enregistrée', 'Transaction recorded'],
    TransactionCorrected: ['Opération corrigée', 'Transaction corrected'],
    FundsConfirmed: ['Réception confirmée', 'Receipt confirmed'],
    FundsNotReceived: ['Non-réception signalée', 'Non-receipt reported'],
    GrantCommitted: ['Subvention engagée', 'Grant committed'],
  } as Record<string, [string, string]>,
  fields: {
    amount: ['montant', 'amount'], line: ['ligne', 'line'], transaction: ['opération', 'transaction'], receipt: ['réception', 'receipt'],
  } as Record<string, [string, string]>,
  older: ['Voir plus', 'Show more'] as [string, string],
};

export async function moneyScreen(session: Session, slug: string, yearText?: string): Promise<HTMLElement> {
  const year = /^\d{4}$/.test(yearText ?? '') ? Number(yearText) : new Date().getFullYear();
  const key = `money:${slug}:${year}`;
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}` }, bi('← Le partenariat', '← The partnership'))));
  let kept: Read | null | undefined;
  let stale = false;
  try {
    ({ value: kept, stale } = await session.replica.readThrough<Read | null>(key,
      async () => (await api.query<{ partnership: Read | null }>(Money, { id: slug, year })).partnership, offline));
  } catch (e) {
    main.append(h('h2', {}, bi(`Budget et financements ${year}`, `Budget and funding ${year}`)), errorLine(e));
    return main;
  }
  if (!kept) {
    main.append(h('h2', {}, bi(`Budget et financements ${year}`, `Budget and funding ${year}`)),
      h('p', {}, bi('Hors ligne, budget jamais ouvert ici.', 'Offline, budget never opened here.')));
    return main;
  }
  const role = session.viewer?.memberships.find((m) => m.partnership.slug === slug)?.role;
  const administrator = session.viewer?.roles.includes('ADMINISTRATOR') ?? false;
  const north = role === 'NORTH_STAFF' || administrator;
  const south = role === 'SOUTH_AGENT' || administrator;
  let current = kept;
  let waiting = pendingReceipts(await session.replica.pending(slug), year);
  let focusNext: string | undefined;
  const body = h('div');
  const networkLine = h('p', { class: 'notice', role: 'status', id: 'network-line', hidden: true });
  main.append(networkLine, body);
  const followingNetwork = followNetwork(main, networkLine);

  /** Keeps the ledger as now read or answered, on screen and on the phone. */
  const keep = async (money: Ledger) => {
    current = { ...current, money };
    await session.replica.store.put(key, current);
    paint();
  };

  const desk: Desk = {
    slug, year,
    current: () => current,
    async send(operation, field, input) {
      try {
        const data = await api.mutate<Record<string, { money: Ledger }>>(operation,
          { input: { clientMutationId: crypto.randomUUID(), partnershipId: slug, year, ...input } });
        await keep(data[field]!.money);
        return null;
      } catch (e) {
        // Changed elsewhere since it was read: read it again, so the form can show what it says now.
        if (isConflict(e)) {
          const fresh = await api.query<{ partnership: Read | null }>(Money, { id: slug, year }).catch(() => null);
          if (fresh?.partnership) await keep(fresh.partnership.money);
        }
        return e;
      }
    },
    async attach(file) {
      const uploadId = await queuePhoto(session.outbox, slug, file, { ledgerYear: year });
      await session.queued(slug);
      return uploadId;
    },
  };

  // The forms stay as typed while the rest is painted again; a form that did its work is replaced by a fresh one.
  let lineEditor: HTMLFormElement | null = null;
  let transactionEditor: HTMLFormElement | null = null;
  /** Shows `form` in its place and paints; after a form did its work or was given up, tells `words` in it and focuses `focus`. */
  const show = (place: (form: HTMLFormElement) => void, form: HTMLFormElement, words: [string, string] | null, focus: string) => {
    place(form);
    paint();
    if (words) said(form.lastElementChild as HTMLElement, true, bi(...words));
    document.getElementById(focus)?.focus();
  };
  const placeLine = (form: HTMLFormElement) => { lineEditor = form; };
  const placeTransaction = (form: HTMLFormElement) => { transactionEditor = form; };
  const newLineForm = (): HTMLFormElement => lineForm(desk, (words) => show(placeLine, newLineForm(), words, 'budget-lines-title'));
  const newTransactionForm = (): HTMLFormElement =>
    transactionForm(desk, (words) => show(placeTransaction, newTransactionForm(), words, 'transactions-title'));
  const correctLine = (line: BudgetLine) => show(placeLine, lineForm(desk,
    (words) => show(placeLine, newLineForm(), words, `line-${line.id}`), line,
    () => show(placeLine, newLineForm(), null, `line-${line.id}`)), null, 'line-funder');
  const correctTransaction = (t: Transaction) => show(placeTransaction, transactionForm(desk,
    (words) => show(placeTransaction, newTransactionForm(), words, `transaction-${t.id}`), t,
    () => show(placeTransaction, newTransactionForm(), null, `transaction-${t.id}`)), null, 'money-kind');
  if (north) {
    lineEditor = newLineForm();
    transactionEditor = newTransactionForm();
  }

  /** The South's « Reçu »: queued, shown waiting until the sync brings the ledger back with it (see the watch below). */
  const confirm = (t: Transaction, received: boolean) => {
    focusNext = `transaction-${t.id}`;
    void queueReceipt(session, slug, year, t.id, received);
  };

  const paint = () => {
    const m = current.money;
    body.replaceChildren(...[
      h('h2', {}, bi(`Budget et financements ${m.year}`, `Budget and funding ${m.year}`)),
      h('p', { class: 'muted' }, current.name),
      h('p', {}, h('a', { href: `#/b/${encodeURIComponent(slug)}/${m.year - 1}`, id: 'previous-year' }, `← ${m.year - 1}`)),
      stale ? h('p', { class: 'muted' }, bi('Hors ligne : budget tel que gardé sur cet appareil.', 'Offline: the budget as kept on this device.')) : null,
      totals(m),
      lines(m),
      transactions(m),
      history(),
    ].filter((n): n is HTMLElement => n !== null));
    followingNetwork();
  };

  /** The ledger's history, newest first, read again with each paint: it then holds the change just made. */
  function history(): HTMLElement {
    const section = pagedHistory(async (after) =>
      (await api.query<{ partnership: { money: { history: HistoryPage } } | null }>(MoneyHistory, { id: slug, year, first: HISTORY_PAGE, after }))
        .partnership?.money.history ?? { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
    HISTORY);
    section.id = 'money-history';
    return section;
  }

  function totals(m: Ledger): HTMLElement {
    const row = (fr: string, en: string, value: number, id: string) =>
      h('div', { class: 'line' }, h('dt', {}, bi(fr, en)), h('dd', { id }, euros(value)));
    return h('section', { id: 'money-totals', 'aria-labelledby': 'totals-title' },
      h('h3', { id: 'totals-title' }, bi('Totaux de l’année', 'The year’s totals')),
      h('dl', {},
        row('Budget prévu', 'Budgeted', m.totals.budgeted, 'total-budgeted'),
        row('Engagé', 'Committed', m.totals.committed, 'total-committed'),
        row('Reçu', 'Received', m.totals.received, 'total-received'),
        row('Décaissé', 'Disbursed', m.totals.disbursed, 'total-disbursed'),
        row('Dépensé', 'Spent', m.totals.spent, 'total-spent')),
      m.totals.byFunder.length
        ? h('div', {}, h('h4', {}, bi('Par financeur', 'By funder')),
          h('ul', { class: 'items' }, ...m.totals.byFunder.map((f) => h('li', { class: 'item' },
            h('strong', {}, f.name ?? bi(...FUNDERS[f.funder])), h('br'),
            bi(`prévu ${euros(f.budgeted)} · engagé ${euros(f.committed)} · reçu ${euros(f.received)}`,
              `budgeted ${euros(f.budgeted)} · committed ${euros(f.committed)} · received ${euros(f.received)}`)))))
        : null,
      h('p', { id: 'hardware-value' }, h('strong', {}, bi('Matériel donné (apport en nature) : ', 'Donated hardware (in kind): ')),
        m.hardware.items
          ? bi(`${euros(m.hardware.euros)} pour ${m.hardware.items} article(s) expédié(s) dans l’année`, `${euros(m.hardware.euros)} for ${m.hardware.items} item(s) shipped in the year`)
          : bi('aucun envoi expédié dans l’année.', 'no shipment sent in the year.')));
  }

  function lines(m: Ledger): HTMLElement {
    return h('section', { id: 'budget-lines', 'aria-labelledby': 'budget-lines-title' },
      h('h3', { id: 'budget-lines-title', tabindex: -1 }, bi('Lignes budgétaires', 'Budget lines')),
      m.budgetLines.length
        ? h('ul', { class: 'items' }, ...m.budgetLines.map((l) => h('li', { class: 'item', id: `line-${l.id}`, tabindex: -1 },
          h('strong', {}, euros(l.amount)), ' — ', l.label, h('br'),
          h('span', { class: 'muted' }, l.funderName ?? bi(...FUNDERS[l.funder])),
          north ? h('div', {}, h('button', { type: 'button', id: `correct-${l.id}`, onclick: () => correctLine(l) }, bi('Corriger', 'Correct'))) : null)))
        : h('p', {}, bi('Aucune ligne pour cette année.', 'No line for this year.')),
      lineEditor);
  }

  function transactions(m: Ledger): HTMLElement {
    return h('section', { id: 'transactions', 'aria-labelledby': 'transactions-title' },
      h('h3', { id: 'transactions-title', tabindex: -1 }, bi('Opérations', 'Transactions')),
      m.transactions.length
        ? h('ul', { class: 'items' }, ...m.transactions.map(transaction))
        : h('p', {}, bi('Aucune opération pour cette année.', 'No transaction for this year.')),
      transactionEditor);
  }

  /** A document: its name, and a button that opens its file, or its reference. */
  function documentItem(d: LedgerDocument): HTMLElement {
    return h('li', {}, d.name, ' ',
      d.uploadId
        ? openFileButton(documentPath(slug, year, d.uploadId), { name: d.name, uploadId: d.uploadId }, () => stillSending(d.uploadId!))
        : d.documentReference && d.documentReference !== d.name ? h('span', { class: 'muted' }, `(${d.documentReference})`) : null);
  }

  /** A file still leaving this phone cannot be opened yet: say how far it got instead of the server's « not found ». */
  async function stillSending(uploadId: string): Promise<Node | null> {
    const photo = (await session.outbox.photos()).find((p) => p.uploadId === uploadId);
    if (!photo) return null;
    return photo.step === 'refused'
      ? bi(`Fichier refusé : ${photo.error?.message ?? ''}`, `File refused: ${photo.error?.message ?? ''}`)
      : bi(`Fichier encore en cours d’envoi depuis cet appareil (${photo.sentBlocks.length}/${photo.blockCount} blocs).`,
        `File still being sent from this device (${photo.sentBlocks.length}/${photo.blockCount} blocks).`);
  }

  function transaction(t: Transaction): HTMLElement {
    const converted = t.currency === 'EUR' ? '' : ` (${euros(t.euroAmount)})`;
    const item = h('li', { class: `item ${t.kind === 'FUNDS_RECEIVED' && !t.receipt ? 'pending' : ''}`, id: `transaction-${t.id}`, tabindex: -1 },
      h('span', { class: 'tag' }, bi(...KINDS[t.kind])), ' ', h('strong', {}, amount(t.amount, t.currency), converted), h('br'),
      bi(`le ${frenchDate(t.date)}`, `on ${englishDate(t.date)}`), ' · ', `${t.provider.name} → ${t.receiver.name}`, h('br'),
      t.description,
      t.currency === 'EUR' ? '' : h('div', { class: 'muted' }, `${rate(t.ratePerEuro)} ${t.currency}/€`),
      t.documents.length ? h('div', {}, bi('Pièces :', 'Documents:'), h('ul', { class: 'documents' }, ...t.documents.map(documentItem))) : '',
      t.receipt
        ? h('p', { class: t.receipt.received ? 'notice' : 'refused' },
          t.receipt.received ? bi(`Reçu — confirmé par ${t.receipt.by}`, `Received — confirmed by ${t.receipt.by}`)
            : bi(`Non reçu, selon ${t.receipt.by}`, `Not received, says ${t.receipt.by}`),
          t.receipt.note ? ` : ${t.receipt.note}` : '')
        : t.kind === 'FUNDS_RECEIVED' ? h('p', { class: 'muted' }, bi('En attente de la confirmation du Sud.', 'Awaiting the South’s confirmation.')) : '');
    if (north) item.append(h('div', {}, h('button', { type: 'button', id: `correct-${t.id}`, onclick: () => correctTransaction(t) }, bi('Corriger', 'Correct'))));
    const pending = t.receipt ? undefined : waiting.get(t.id);
    if (pending !== undefined) item.append(pendingReceiptLine(pending));
    else if (south && t.kind === 'FUNDS_RECEIVED' && !t.receipt) {
      // Works offline: the outbox keeps it.
      item.append(h('fieldset', { class: 'line' },
        h('legend', { class: 'visually-hidden' }, bi('Réception', 'Receipt')),
        h('button', { type: 'button', class: 'primary', id: `received-${t.id}`, onclick: () => confirm(t, true) }, bi('Reçu', 'Received')), ' ',
        h('button', { type: 'button', id: `not-received-${t.id}`, onclick: () => confirm(t, false) }, bi('Non reçu', 'Not received'))));
    }
    return item;
  }

  paint();
  // A receipt queued, sent or refused, or a newer ledger synced in: the ledger read again (the server's whole answer
  // online, the copy kept on the phone otherwise) and the outbox too; the forms being filled in stay as typed.
  session.replica.watch(budgetTopics(slug, year), async () => {
    const read = await session.replica.readThrough<Read | null>(key,
      async () => (await api.query<{ partnership: Read | null }>(Money, { id: slug, year })).partnership, offline).catch(() => null);
    if (read?.value) current = read.value;
    waiting = pendingReceipts(await session.replica.pending(slug), year);
    paint();
    if (focusNext) document.getElementById(focusNext)?.focus();
    focusNext = undefined;
  });
  return main;
}
