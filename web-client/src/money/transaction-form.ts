// Recording a transaction (a commitment, funds received, a disbursement, an expenditure), or correcting one: the same
// form, filled in with it. Its documents (« pièces »: an invoice, a transfer order) are files attached here — they
// leave in 32 KB blocks through the same resumable upload as the photos, aimed at the ledger — or references to
// documents kept elsewhere. A correction carries the ledger's version it was made from, as a line's does.

import { englishDate, frenchDate } from '../dates';
import { h } from '../dom';
import { bi } from '../i18n';
import { amount as written } from './amounts';
import { amountFields } from './amount-fields';
import type { Desk, LedgerDocument, Transaction } from './ledger';
import { changedMeanwhile, complete, moneyForm, refused } from './money-form';
import { MAX_DOCUMENT_BYTES, documentType } from './rules';
import { KINDS, field, isConflict, said, select } from './money-words';
import CorrectMoneyTransaction from 'virtual:document-ids/CorrectMoneyTransaction';
import RecordMoneyTransaction from 'virtual:document-ids/RecordMoneyTransaction';

/** « Dépense · 15 juin 2026 · 8 200 000 FCFA · Routeurs »: a transaction as the conflict message shows it. */
export function transactionWords(t: Transaction): [string, string] {
  const [fr, en] = KINDS[t.kind];
  return [`${fr} · ${frenchDate(t.date)} · ${written(t.amount, t.currency)} · ${t.description}`,
    `${en} · ${englishDate(t.date)} · ${written(t.amount, t.currency)} · ${t.description}`];
}

/** As `lineForm`: `t` to correct it; `done` once the ledger took it; `cancel` gives a correction up. */
export function transactionForm(desk: Desk, done: (words: [string, string]) => void, t?: Transaction, cancel?: () => void): HTMLFormElement {
  const { year } = desk;
  const read = desk.current();
  let expectedVersion = read.money.version;
  const kind = select('money-kind', Object.entries(KINDS) as [string, [string, string]][], t?.kind ?? 'DISBURSEMENT');
  const date = h('input', { id: 'money-date', type: 'date', min: `${year}-01-01`, max: `${year}-12-31` });
  date.value = t?.date ?? (new Date().getFullYear() === year ? new Date().toISOString().slice(0, 10) : `${year}-01-01`);
  const amount = amountFields('money', t && { amount: t.amount, currency: t.currency, ratePerEuro: t.ratePerEuro });
  const receiver = h('input', { id: 'money-receiver', autocomplete: 'off', maxlength: 200, value: t?.receiver.name ?? read.south.name });
  const description = h('input', { id: 'money-description', autocomplete: 'off', maxlength: 1000, value: t?.description ?? '' });

  const documents: LedgerDocument[] = [...(t?.documents ?? [])];
  const list = h('ul', { class: 'items', id: 'money-documents' });
  const paintDocuments = () => list.replaceChildren(...documents.map((d, i) => h('li', { class: 'item' },
    d.name, ' ', h('span', { class: 'muted' }, d.uploadId ? bi('(fichier joint)', '(file attached)') : `(${d.documentReference})`), ' ',
    h('button', { type: 'button', onclick: () => { documents.splice(i, 1); paintDocuments(); } }, bi('Retirer', 'Remove')))));
  paintDocuments();
  const documentName = h('input', { id: 'money-document-name', autocomplete: 'off', maxlength: 200 });
  const file = h('input', { type: 'file', id: 'money-file', accept: 'application/pdf,.pdf,image/jpeg,image/png,image/webp', class: 'visually-hidden' });
  const reference = h('input', { id: 'money-document', autocomplete: 'off', maxlength: 300 });
  const attached = h('div', { id: 'money-file-said', 'aria-live': 'polite' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const type = documentType(chosen);
    if (!type) {
      said(attached, false, bi('Type de fichier refusé : joignez un PDF ou une photo (JPEG, PNG, WebP).', 'File type refused: attach a PDF or a photo (JPEG, PNG, WebP).'));
      return;
    }
    if (chosen.size > MAX_DOCUMENT_BYTES) {
      said(attached, false, bi(`Fichier trop lourd (${Math.ceil(chosen.size / 1048576)} Mio) : 8 Mio au plus. Numérisez-le en noir et blanc ou à 150 ppp.`,
        `File too big (${Math.ceil(chosen.size / 1048576)} MiB): 8 MiB at most. Scan it in black and white or at 150 dpi.`));
      return;
    }
    const uploadId = await desk.attach(new Blob([chosen], { type }));
    documents.push({ name: documentName.value.trim() || chosen.name, uploadId, documentReference: null });
    documentName.value = '';
    paintDocuments();
    said(attached, true, bi(`« ${chosen.name} » joint : il part en blocs de 32 Ko ; enregistrez l’opération.`,
      `“${chosen.name}” attached: it leaves in 32 KB blocks; save the transaction.`));
  });

  const { form, result } = moneyForm(t ? 'correct-transaction' : 'record-transaction',
    t ? [`Corriger l’opération ${t.id}`, `Correct transaction ${t.id}`] : ['Enregistrer une opération', 'Record a transaction'], [
      ...field('money-kind', 'Type', 'Kind', kind), ...field('money-date', 'Date', 'Date', date),
      ...amount.nodes,
      ...field('money-receiver', 'Bénéficiaire', 'Receiver', receiver),
      ...field('money-description', 'Libellé', 'Description', description),
      h('fieldset', { id: 'money-pieces' }, h('legend', {}, bi('Pièces justificatives (facultatif)', 'Supporting documents (optional)')),
        list,
        ...field('money-document-name', 'Intitulé de la pièce (ex. « Facture n° 118 »)', 'Name of the document (e.g. “Invoice no. 118”)', documentName),
        h('label', { for: 'money-file', class: 'button' }, bi('Joindre un fichier (PDF ou photo)…', 'Attach a file (PDF or photo)…')), file, attached,
        ...field('money-document', 'Ou la référence d’un document gardé ailleurs', 'Or the reference of a document kept elsewhere', reference)),
    ], { id: t ? 'correct-money' : 'record-money', label: t ? ['Enregistrer la correction', 'Save the correction'] : ['Enregistrer', 'Record'] },
    cancel);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = amount.problems();
    if (!date.value.startsWith(`${year}-`)) problems.push([`une date de ${year}`, `a date in ${year}`]);
    if (!receiver.value.trim()) problems.push(['le bénéficiaire', 'the receiver']);
    if (!description.value.trim()) problems.push(['le libellé', 'the description']);
    if (!complete(result, problems)) return;
    const now = desk.current();
    const typed = amount.read();
    const ref = reference.value.trim();
    const name = receiver.value.trim();
    const entry = {
      kind: kind.value, date: date.value, amount: typed.amount, currency: typed.currency, ratePerEuro: typed.ratePerEuro,
      provider: t ? t.provider : { name: now.north.name, funder: 'NORTH_AUTHORITY' },
      receiver: { name, funder: t && name === t.receiver.name ? t.receiver.funder : name === now.south.name ? 'SOUTH_AUTHORITY' : null },
      description: description.value.trim(),
      documents: [...documents, ...(ref ? [{ name: documentName.value.trim() || ref, uploadId: null, documentReference: ref }] : [])],
    };
    const refusal = t
      ? await desk.send(CorrectMoneyTransaction, 'correctMoneyTransaction', { transactionId: t.id, expectedVersion, ...entry })
      : await desk.send(RecordMoneyTransaction, 'recordMoneyTransaction', entry);
    if (refusal === null) {
      done(t ? ['Opération corrigée.', 'Transaction corrected.'] : ['Opération enregistrée.', 'Transaction recorded.']);
      return;
    }
    const standing = t && desk.current().money.transactions.find((x) => x.id === t.id);
    if (standing && isConflict(refusal)) {
      expectedVersion = desk.current().money.version;
      changedMeanwhile(result, ['L’opération', 'The transaction'], transactionWords(standing));
    } else refused(result, refusal, { amount: amount.amount, rate: amount.rate, date });
  });
  return form;
}
