// « Budget et financements » of a partnership for a year (#/b/<partnership>/<year>): the totals first — by kind, by
// funder, and the donated hardware's value beside them — then the budget lines and the transactions with their
// documents. North staff record transactions, paid by their authority (francs CFA at the fixed parity proposed), sent at
// once: offline, the refusal says the budget needs the network and nothing was sent. South agents say « Reçu » (or
// « Non reçu ») of the funds sent to them, offline too: through the outbox (./receipts.ts). What was last read, or
// synced in since, stays on show.

import { api, errorLine, offline, type Session } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { englishDate, frenchDate } from '../dates';
import { XOF_PER_EURO, amount, euros, parseAmount, rate, type Currency } from './amounts';
import { budgetTopics, pendingReceiptLine, pendingReceipts, queueReceipt } from './receipts';
import Money from 'virtual:document-ids/Money';
import RecordMoneyTransaction from 'virtual:document-ids/RecordMoneyTransaction';

type Funder = 'NORTH_AUTHORITY' | 'SOUTH_AUTHORITY' | 'SOLIDARITY_FUND' | 'OTHER_CO_FINANCER';
type Kind = 'COMMITMENT' | 'FUNDS_RECEIVED' | 'DISBURSEMENT' | 'EXPENDITURE';
interface Party { name: string; funder: Funder | null }
interface Transaction {
  id: string; kind: Kind; date: string; amount: number; currency: Currency; ratePerEuro: number; euroAmount: number;
  description: string; recordedBy: string; provider: Party; receiver: Party;
  documents: { name: string; documentReference: string | null; uploadId: string | null }[];
  receipt: { received: boolean; note: string | null; at: string; by: string } | null;
}
interface Ledger {
  year: number; version: number;
  totals: {
    budgeted: number; committed: number; received: number; disbursed: number; spent: number;
    byFunder: { funder: Funder; name: string | null; budgeted: number; committed: number; received: number; disbursed: number; spent: number }[];
  };
  budgetLines: { id: string; funder: Funder; funderName: string | null; label: string; amount: number }[];
  transactions: Transaction[];
  hardware: { euros: number; items: number; shipments: { title: string; shippedOn: string; items: number; declaredItems: number; euros: number }[] };
}
interface Read { name: string; north: { name: string }; south: { name: string }; money: Ledger }

const FUNDERS: Record<Funder, [string, string]> = {
  NORTH_AUTHORITY: ['Collectivité du Nord', 'North authority'],
  SOUTH_AUTHORITY: ['Collectivité du Sud', 'South authority'],
  SOLIDARITY_FUND: ['Fonds de Solidarité Numérique', 'Digital Solidarity Fund'],
  OTHER_CO_FINANCER: ['Autre cofinanceur', 'Other co-financer'],
};

const KINDS: Record<Kind, [string, string]> = {
  COMMITMENT: ['Engagement', 'Commitment'],
  FUNDS_RECEIVED: ['Fonds reçus', 'Funds received'],
  DISBURSEMENT: ['Décaissement', 'Disbursement'],
  EXPENDITURE: ['Dépense', 'Expenditure'],
};

const failure = (e: unknown) => offline(e)
  ? bi('Hors ligne — le budget demande le réseau ; rien n’a été envoyé.', 'Offline — the budget needs the network; nothing was sent.')
  : biText(e instanceof Error ? e.message : String(e));

/** What an action answered, where the person looks: a notice, or the refusal as an alert. */
const said = (into: HTMLElement, ok: boolean, content: Node) =>
  into.replaceChildren(h('p', { class: ok ? 'notice' : 'refused', role: ok ? 'status' : 'alert' }, content));

const field = (id: string, fr: string, en: string, control: HTMLElement) => [h('label', { for: id }, bi(fr, en)), control] as const;

const select = (id: string, options: [string, [string, string]][], value?: string) => {
  const s = h('select', { id }, ...options.map(([v, [fr, en]]) => h('option', { value: v }, `${fr} / ${en}`)));
  if (value) s.value = value;
  return s;
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
  main.append(body);

  /** Sends one action; its answer is the ledger as it now stands, painted and kept for offline reading. */
  const act = async (operation: string, field: string, input: Record<string, unknown>, into: HTMLElement, done: [string, string], focus: string) => {
    try {
      const data = await api.mutate<Record<string, { money: Ledger }>>(operation,
        { input: { clientMutationId: crypto.randomUUID(), partnershipId: slug, year, ...input } });
      current = { ...current, money: data[field]!.money };
      await session.replica.store.put(key, current);
      paint();
      const place = document.getElementById(into.id);
      if (place) said(place, true, bi(...done));
      document.getElementById(focus)?.focus();
      return true;
    } catch (e) {
      said(into, false, failure(e));
      return false;
    }
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
      north ? transactionForm() : null,
    ].filter((n): n is HTMLElement => n !== null));
  };

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
    return h('section', { id: 'budget-lines' }, h('h3', {}, bi('Lignes budgétaires', 'Budget lines')),
      m.budgetLines.length
        ? h('ul', { class: 'items' }, ...m.budgetLines.map((l) => h('li', { class: 'item' },
          h('strong', {}, euros(l.amount)), ' — ', l.label, h('br'),
          h('span', { class: 'muted' }, l.funderName ?? bi(...FUNDERS[l.funder])))))
        : h('p', {}, bi('Aucune ligne pour cette année.', 'No line for this year.')));
  }

  function transactions(m: Ledger): HTMLElement {
    return h('section', { id: 'transactions' }, h('h3', {}, bi('Opérations', 'Transactions')),
      m.transactions.length
        ? h('ul', { class: 'items' }, ...m.transactions.map(transaction))
        : h('p', {}, bi('Aucune opération pour cette année.', 'No transaction for this year.')));
  }

  function transaction(t: Transaction): HTMLElement {
    const converted = t.currency === 'EUR' ? '' : ` (${euros(t.euroAmount)})`;
    const item = h('li', { class: `item ${t.kind === 'FUNDS_RECEIVED' && !t.receipt ? 'pending' : ''}`, id: `transaction-${t.id}` },
      h('span', { class: 'tag' }, bi(...KINDS[t.kind])), ' ', h('strong', {}, amount(t.amount, t.currency), converted), h('br'),
      bi(`le ${frenchDate(t.date)}`, `on ${englishDate(t.date)}`), ' · ', `${t.provider.name} → ${t.receiver.name}`, h('br'),
      t.description,
      t.currency === 'EUR' ? '' : h('div', { class: 'muted' }, `${rate(t.ratePerEuro)} ${t.currency}/€`),
      t.documents.length ? h('div', { class: 'muted' }, bi('Pièces : ', 'Documents: '), t.documents.map((d) => d.documentReference && d.documentReference !== d.name ? `${d.name} (${d.documentReference})` : d.name).join(', ')) : '',
      t.receipt
        ? h('p', { class: t.receipt.received ? 'notice' : 'refused' },
          t.receipt.received ? bi(`Reçu — confirmé par ${t.receipt.by}`, `Received — confirmed by ${t.receipt.by}`)
            : bi(`Non reçu, selon ${t.receipt.by}`, `Not received, says ${t.receipt.by}`),
          t.receipt.note ? ` : ${t.receipt.note}` : '')
        : t.kind === 'FUNDS_RECEIVED' ? h('p', { class: 'muted' }, bi('En attente de la confirmation du Sud.', 'Awaiting the South’s confirmation.')) : '');
    const said = t.receipt ? undefined : waiting.get(t.id);
    if (said !== undefined) item.append(pendingReceiptLine(said));
    else if (south && t.kind === 'FUNDS_RECEIVED' && !t.receipt) {
      const confirm = (received: boolean) => {
        focusNext = `transaction-${t.id}`;
        void queueReceipt(session, slug, year, t.id, received);
      };
      item.append(h('div', { class: 'line' },
        h('button', { type: 'button', class: 'primary', id: `received-${t.id}`, onclick: () => confirm(true) }, bi('Reçu', 'Received')), ' ',
        h('button', { type: 'button', id: `not-received-${t.id}`, onclick: () => confirm(false) }, bi('Non reçu', 'Not received'))));
    }
    item.tabIndex = -1;
    return item;
  }

  function transactionForm(): HTMLElement {
    const kind = select('money-kind', Object.entries(KINDS) as [string, [string, string]][], 'DISBURSEMENT');
    const date = h('input', { id: 'money-date', type: 'date', min: `${year}-01-01`, max: `${year}-12-31` });
    date.value = new Date().getFullYear() === year ? new Date().toISOString().slice(0, 10) : `${year}-01-01`;
    const value = h('input', { id: 'money-amount', inputmode: 'decimal', autocomplete: 'off' });
    const currency = select('money-currency', [['EUR', ['Euro (€)', 'Euro']], ['XOF', ['Franc CFA (FCFA)', 'CFA franc']], ['MAD', ['Dirham (MAD)', 'Dirham']]], 'EUR');
    const ratePerEuro = h('input', { id: 'money-rate', inputmode: 'decimal', autocomplete: 'off', disabled: true, value: '1' });
    currency.addEventListener('change', () => {
      ratePerEuro.disabled = currency.value === 'EUR';
      ratePerEuro.value = currency.value === 'XOF' ? rate(XOF_PER_EURO) : currency.value === 'EUR' ? '1' : '';
    });
    const receiver = h('input', { id: 'money-receiver', autocomplete: 'off', value: current.south.name });
    const description = h('input', { id: 'money-description', autocomplete: 'off', maxlength: 1000 });
    const reference = h('input', { id: 'money-document', autocomplete: 'off', maxlength: 300 });
    const result = h('div', { id: 'transaction-said', 'aria-live': 'polite' });
    const form = h('form', { novalidate: true, id: 'record-transaction' },
      h('h3', {}, bi('Enregistrer une opération', 'Record a transaction')),
      ...field('money-kind', 'Type', 'Kind', kind), ...field('money-date', 'Date', 'Date', date),
      ...field('money-amount', 'Montant', 'Amount', value), ...field('money-currency', 'Devise', 'Currency', currency),
      ...field('money-rate', 'Taux : unités de la devise pour 1 €', 'Rate: units of the currency per €1', ratePerEuro),
      ...field('money-receiver', 'Bénéficiaire', 'Receiver', receiver),
      ...field('money-description', 'Libellé', 'Description', description),
      ...field('money-document', 'Pièce justificative (référence, facultatif)', 'Supporting document (reference, optional)', reference),
      h('button', { type: 'submit', class: 'primary', id: 'record-money' }, bi('Enregistrer', 'Record')), result);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const sum = parseAmount(value.value);
      const perEuro = currency.value === 'EUR' ? 1 : parseAmount(ratePerEuro.value);
      const problems: [string, string][] = [];
      if (!(sum > 0)) problems.push(['un montant positif', 'a positive amount']);
      if (!(perEuro > 0)) problems.push(['un taux positif', 'a positive rate']);
      if (!date.value.startsWith(`${year}-`)) problems.push([`une date de ${year}`, `a date in ${year}`]);
      if (!receiver.value.trim()) problems.push(['le bénéficiaire', 'the receiver']);
      if (!description.value.trim()) problems.push(['le libellé', 'the description']);
      if (problems.length) {
        said(result, false, bi(`À compléter : ${problems.map((p) => p[0]).join(', ')}.`, `To complete: ${problems.map((p) => p[1]).join(', ')}.`));
        return;
      }
      const ref = reference.value.trim();
      await act(RecordMoneyTransaction, 'recordMoneyTransaction', {
        kind: kind.value, date: date.value, amount: sum, currency: currency.value, ratePerEuro: perEuro,
        provider: { name: current.north.name, funder: 'NORTH_AUTHORITY' },
        receiver: { name: receiver.value.trim(), funder: receiver.value.trim() === current.south.name ? 'SOUTH_AUTHORITY' : null },
        description: description.value.trim(),
        documents: ref ? [{ name: ref, documentReference: ref }] : [],
      }, result, ['Opération enregistrée.', 'Transaction recorded.'], 'transaction-said');
    });
    return form;
  }

  paint();
  // A receipt queued, sent or refused, or a newer ledger synced in: the kept copy and the outbox read again; a form
  // being filled in is left alone until the next visit.
  session.replica.watch(budgetTopics(slug, year), async () => {
    current = (await session.replica.get<Read>(key)) ?? current;
    waiting = pendingReceipts(await session.replica.pending(slug), year);
    if (body.querySelector('form')?.contains(document.activeElement)) return;
    paint();
    if (focusNext) document.getElementById(focusNext)?.focus();
    focusNext = undefined;
  });
  return main;
}
