// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: Marc
// Girard (Ville de Besançon) opens Sénéclic's « Budget et financements » for 2026, reads the totals first, and records
// a disbursement of 8 200 000 FCFA to the Senegalese schools — the screen proposes the CFA franc's fixed parity, and
// shows « 8 200 000 FCFA (12 500,82 €) » — then the arrival of those funds. He adds a co-financer's budget line,
// corrects it (once over a change made meanwhile, which the screen shows him), records an expenditure with its
// invoice as a PDF and opens it again; the ledger's history holds the correction; offline, the forms are disabled and
// say why. Fatou Ndiaye (Éducation nationale) opens the same budget, has no form, and says « Reçu ». The server, asked
// by GraphQL, holds exactly that. Every screen gets the accessibility check; screenshots go to web-client/screenshots/
// (not committed).
//
//   node tests/web-e2e/money.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { readFileSync } from 'node:fs';
import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, serverApi, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/money.mjs <base URL> <demo password>');
  process.exit(2);
}
const MARC = 'marc.girard@besancon.example';
const FATOU = 'fatou.ndiaye@education.sn.example';
const STAMP = Date.now().toString(36);
const SENT = `Équipement des salles multimédia ${STAMP}`;
const ARRIVED = `Réception pour les salles multimédia ${STAMP}`;
const SCREEN = `${base}/#/b/seneclic/2026`;
const LINE = `Formation des enseignants ${STAMP}`;
const SPENT = `Routeurs des salles multimédia ${STAMP}`;
const INVOICE = `Facture Sonatel ${STAMP}`;
const pdf = (size) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

const { context, page, step, shot, finish } = await openStory('money', { acceptDownloads: true });
const { signIn, graphql } = serverApi(base, password);

/** North staff fill the transaction form: an amount in francs CFA at the rate the screen proposes. */
async function record(kind, description) {
  await page.locator('#money-kind').selectOption(kind);
  await page.locator('#money-date').fill('2026-06-15');
  await page.locator('#money-amount').fill('8 200 000');
  await page.locator('#money-currency').selectOption('XOF');
  expect(await page.locator('#money-rate').inputValue() === '655,957', 'the CFA franc\'s parity should be proposed');
  await page.locator('#money-description').fill(description);
  await page.locator('#money-document').fill(`Ordre de virement ${STAMP}`);
  await page.locator('#record-money').click();
  await page.locator('#record-transaction-said .notice').waitFor();
}

/** The line of the budget with this label. */
const line = () => page.locator('#budget-lines li', { hasText: LINE });

try {
  await step('Marc, de Besançon, enregistre un décaissement en francs CFA / Marc, of Besançon, records a disbursement in CFA francs', async () => {
    await signInAs(page, base, password, MARC);
    await page.goto(SCREEN);
    await page.locator('#money-totals').waitFor();
    // The totals come first, before the lines and the transactions.
    const order = await page.locator('main section').evaluateAll((sections) => sections.map((s) => s.id));
    expect(order[0] === 'money-totals', `sections: ${order.join(', ')}`);
    // The form's own messages: an empty amount is named, nothing is sent.
    await page.locator('#record-money').click();
    await page.locator('#record-transaction-said [role=alert]', { hasText: 'un montant positif' }).waitFor();
    await record('DISBURSEMENT', SENT);
    const sent = page.locator('#transactions li', { hasText: SENT });
    await sent.waitFor();
    const text = (await sent.innerText()).replace(/[\u202f\u00a0]/g, ' ');
    expect(text.includes('8 200 000 FCFA (12 500,82 €)'), `the disbursement reads: ${text}`);
    await record('FUNDS_RECEIVED', ARRIVED);
    await page.locator('#transactions li', { hasText: ARRIVED }).waitFor();
    await fitsWidth(page);
    await shot('60-budget-nord');
    await assertAccessible(page, 'budget et financements, Nord / budget and funding, North');
  });

  await step('il ajoute la ligne d’un cofinanceur, puis la corrige / he adds a co-financer’s line, then corrects it', async () => {
    await page.locator('#line-funder').selectOption('OTHER_CO_FINANCER');
    await page.locator('#line-label').fill(LINE);
    await page.locator('#line-amount').fill('3 000');
    // Another co-financer must be named: said by the form, nothing sent.
    await page.locator('#add-line-send').click();
    await page.locator('#add-line-said [role=alert]', { hasText: 'le nom du cofinanceur' }).waitFor();
    await page.locator('#line-funder-name').fill('Région Bourgogne-Franche-Comté');
    await page.locator('#add-line-send').click();
    await page.locator('#add-line-said .notice', { hasText: 'Ligne ajoutée' }).waitFor();
    expect((await line().innerText()).replace(/[\u202f\u00a0]/g, ' ').includes('3 000,00 €'), `the line reads: ${await line().innerText()}`);

    // « Corriger » opens the same form, filled in with the line.
    await line().locator('button[id^=correct-]').click();
    expect(await page.locator('#line-label').inputValue() === LINE, 'the correction form should hold the line');
    expect(await page.locator('#line-funder-name').inputValue() === 'Région Bourgogne-Franche-Comté', 'the correction form should hold the funder');
    await assertAccessible(page, 'correction d’une ligne budgétaire / correcting a budget line');
    // Meanwhile someone else corrects it: the screen says so, shows the line as it now stands, keeps what was typed.
    const token = await signIn(MARC);
    const { partnership } = await graphql(token, `{ partnership(id: "seneclic") { money(year: 2026) { budgetLines { id label } } } }`);
    const lineId = partnership.money.budgetLines.find((l) => l.label === LINE).id;
    await graphql(token, `mutation($i: CorrectBudgetLineInput!) { correctBudgetLine(input: $i) { clientMutationId } }`, { i: {
      clientMutationId: crypto.randomUUID(), partnershipId: 'seneclic', year: 2026, lineId, funder: 'OTHER_CO_FINANCER',
      funderName: 'Région Bourgogne-Franche-Comté', label: LINE, amount: 3200 } });
    await page.locator('#line-amount').fill('3 500');
    await page.locator('#correct-line-send').click();
    const conflict = page.locator('#correct-line-said [role=alert]', { hasText: 'Le budget a changé entre-temps' });
    await conflict.waitFor();
    expect((await conflict.innerText()).replace(/[\u202f\u00a0]/g, ' ').includes('3 200,00 €'), `the conflict should show the line as it stands: ${await conflict.innerText()}`);
    await shot('63-budget-conflit');
    // A second press puts his values instead.
    await page.locator('#correct-line-send').click();
    await page.locator('#add-line-said .notice', { hasText: 'Ligne corrigée' }).waitFor();
    expect((await line().innerText()).replace(/[\u202f\u00a0]/g, ' ').includes('3 500,00 €'), `the corrected line reads: ${await line().innerText()}`);
  });

  await step('il enregistre une dépense avec sa facture en PDF, et l’ouvre / he records an expenditure with its invoice as a PDF, and opens it', async () => {
    await page.locator('#money-kind').selectOption('EXPENDITURE');
    await page.locator('#money-date').fill('2026-07-02');
    await page.locator('#money-amount').fill('1 250,50');
    await page.locator('#money-receiver').fill('Sonatel');
    await page.locator('#money-description').fill(SPENT);
    await page.locator('#money-document-name').fill(INVOICE);
    await page.locator('#money-file').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: pdf(40_000) });
    await page.locator('#money-documents li', { hasText: INVOICE }).waitFor();
    await page.locator('#record-money').click();
    await page.locator('#record-transaction-said .notice', { hasText: 'Opération enregistrée' }).waitFor();
    const spent = page.locator('#transactions li.item', { hasText: SPENT });
    await spent.locator('li', { hasText: INVOICE }).waitFor();
    await fitsWidth(page);
    await shot('64-budget-depense-facture');
    // The file leaves in blocks with the sync: until it is there, the button says it is still on its way.
    let download = null;
    for (let tries = 0; !download && tries < 60; tries++) {
      const [saved] = await Promise.all([
        page.waitForEvent('download', { timeout: 1_500 }).catch(() => null),
        spent.locator('button.open-piece').click(),
      ]);
      download = saved;
    }
    expect(download, 'the invoice never opened');
    const bytes = readFileSync(await download.path());
    expect(download.suggestedFilename() === `${INVOICE}.pdf`, `file name ${download.suggestedFilename()}`);
    expect(bytes.length === 40_000 && bytes.subarray(0, 5).toString() === '%PDF-', `the invoice has ${bytes.length} bytes`);
  });

  await step('l’historique tient la correction ; hors ligne, les formulaires attendent le réseau / the history holds the correction; offline, the forms wait for the network', async () => {
    const corrected = page.locator('#history li', { hasText: 'Ligne corrigée' }).first();
    await corrected.waitFor();
    expect((await corrected.innerText()).includes('3500'), `the history line reads: ${await corrected.innerText()}`);
    // Five lines a page, newest first: « Voir plus » reads the next five.
    const older = page.locator('#older-history', { hasText: 'Voir plus' });
    await older.waitFor();
    const shown = await page.locator('#history li').count();
    await older.click();
    await page.waitForFunction((n) => document.querySelectorAll('#history li').length > n, shown);
    await assertAccessible(page, 'budget, formulaires et historique / budget, forms and history');
    await context.setOffline(true);
    await page.locator('#network-line', { hasText: 'Hors ligne' }).waitFor();
    expect(await page.locator('#add-line-send').isDisabled() && await page.locator('#record-money').isDisabled(), 'the forms should be disabled offline');
    await shot('65-budget-hors-ligne');
    await context.setOffline(false);
    await page.locator('#network-line').waitFor({ state: 'hidden' });
    expect(await page.locator('#record-money').isEnabled(), 'the forms should come back with the network');
  });

  await step('Fatou, au Sénégal, confirme la réception / Fatou, in Senegal, confirms receipt', async () => {
    await signInAs(page, base, password, FATOU);
    await page.goto(SCREEN);
    const arrived = page.locator('#transactions li', { hasText: ARRIVED });
    await arrived.waitFor();
    expect(await page.locator('#record-transaction, #add-line, button[id^=correct-]').count() === 0, 'the South should have no form');
    // She reads the documents all the same.
    await page.locator('#transactions li.item', { hasText: SPENT }).locator('button.open-piece').waitFor();
    expect(await page.locator('#transactions li', { hasText: SENT }).locator('button').count() === 0, 'a disbursement is not confirmed');
    await fitsWidth(page);
    await shot('61-budget-sud');
    await assertAccessible(page, 'budget et financements, Sud / budget and funding, South');
    await arrived.locator('button[id^=received-]').click();
    await page.locator('#transactions li', { hasText: ARRIVED }).locator('.notice', { hasText: 'Reçu — confirmé par' }).waitFor();
    await shot('62-budget-recu');
  });

  await step('le serveur tient exactement cela / the server holds exactly that', async () => {
    const token = await signIn(MARC);
    const { partnership } = await graphql(token, `{ partnership(id: "seneclic") { money(year: 2026) {
      transactions { kind amount currency ratePerEuro euroAmount description receipt { received by } } } } }`);
    const mine = partnership.money.transactions.filter((t) => t.description === SENT || t.description === ARRIVED);
    expect(mine.length === 2, `transactions: ${JSON.stringify(mine)}`);
    for (const t of mine) expect(t.amount === 8200000 && t.currency === 'XOF' && t.ratePerEuro === 655.957 && t.euroAmount === 12500.82, `transaction: ${JSON.stringify(t)}`);
    const arrived = mine.find((t) => t.description === ARRIVED);
    expect(arrived.kind === 'FUNDS_RECEIVED' && arrived.receipt?.received === true && arrived.receipt.by.startsWith('Fatou'), `receipt: ${JSON.stringify(arrived)}`);
    expect(mine.find((t) => t.description === SENT).receipt === null, 'the disbursement has no receipt');
    const { partnership: again } = await graphql(token, `{ partnership(id: "seneclic") { money(year: 2026) {
      budgetLines { label amount funderName } transactions { description amount documents { name uploadId } } } } }`);
    const added = again.money.budgetLines.find((l) => l.label === LINE);
    expect(added?.amount === 3500 && added.funderName === 'Région Bourgogne-Franche-Comté', `line: ${JSON.stringify(added)}`);
    const expenditure = again.money.transactions.find((t) => t.description === SPENT);
    expect(expenditure?.amount === 1250.5 && expenditure.documents.length === 1 && expenditure.documents[0].name === INVOICE
      && expenditure.documents[0].uploadId, `expenditure: ${JSON.stringify(expenditure)}`);
  });
} finally {
  await finish();
}
