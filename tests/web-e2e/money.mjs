// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: Marc
// Girard (Ville de Besançon) opens Sénéclic's « Budget et financements » for 2026, reads the totals first, and records
// a disbursement of 8 200 000 FCFA to the Senegalese schools — the screen proposes the CFA franc's fixed parity, and
// shows « 8 200 000 FCFA (12 500,82 €) » — then the arrival of those funds; Fatou Ndiaye (Éducation nationale) opens
// the same budget and says « Reçu ». The server, asked by GraphQL, holds exactly that. Every screen gets the
// accessibility check; screenshots go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/money.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

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

const { page, step, shot, finish } = await openStory('money');
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
  await page.locator('#transaction-said .notice').waitFor();
}

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
    await page.locator('#transaction-said [role=alert]', { hasText: 'un montant positif' }).waitFor();
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

  await step('Fatou, au Sénégal, confirme la réception / Fatou, in Senegal, confirms receipt', async () => {
    await signInAs(page, base, password, FATOU);
    await page.goto(SCREEN);
    const arrived = page.locator('#transactions li', { hasText: ARRIVED });
    await arrived.waitFor();
    expect(await page.locator('#record-transaction').count() === 0, 'the South should have no transaction form');
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
  });
} finally {
  await finish();
}
