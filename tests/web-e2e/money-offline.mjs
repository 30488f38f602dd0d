// End to end, in a real headless Chromium against the real server, on a 360 px phone in French: Koffi Adjovi
// (Communauté des communes du Plateau) opens the 2026 « Budget et financements » of e-administration Plateau while
// the network answers, loses it, reloads the page and still reads the budget; he says « Reçu » of the funds sent for
// the town halls' Internet subscriptions, sees it waiting, and the page reloaded offline still shows it waiting. Back
// online, the sync sends it: the budget shows his receipt, and the server, asked by GraphQL, holds one confirmation.
// Every screen gets the accessibility check; screenshots go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/money-offline.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, serverApi, signInAs } from './story.mjs';
import { keptForOffline, sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/money-offline.mjs <base URL> <demo password>');
  process.exit(2);
}
const KOFFI = 'koffi.adjovi@plateau.example';
const SOPHIE = 'sophie.bernard@legrandchalon.example';
const PARTNERSHIP = 'e-administration-plateau';
const YEAR = 2026;
/** The seeded funds received that the Plateau has not confirmed yet (silo/Seeding/MoneySeeds.cs). */
const SEEDED = 'Abonnements Internet des mairies, premier semestre';
const SCREEN = `${base}/#/b/${PARTNERSHIP}/${YEAR}`;

const { context, page, step, shot, finish } = await openStory('money-offline');
const { signIn, graphql } = serverApi(base, password);
const pendingLine = () => page.locator('#pending').innerText();
const ledger = async (token) => (await graphql(token, `query($id: ID!, $year: Int!) { partnership(id: $id) { money(year: $year) {
  transactions { id kind description receipt { received by } } history(first: 100) { nodes { action subjectId clientMutationId } } } } }`,
{ id: PARTNERSHIP, year: YEAR })).partnership.money;
let description = SEEDED;
let transaction = '';

try {
  await step('des fonds attendent la confirmation du Plateau / funds await the Plateau’s confirmation', async () => {
    const waiting = (await ledger(await signIn(KOFFI))).transactions.find((t) => t.kind === 'FUNDS_RECEIVED' && t.description === SEEDED && !t.receipt);
    if (waiting) return;
    // Run again on the same server: the seeded funds are confirmed already, Sophie sends new ones.
    description = `${SEEDED} (${Date.now().toString(36)})`;
    await graphql(await signIn(SOPHIE), `mutation($i: RecordMoneyTransactionInput!) { recordMoneyTransaction(input: $i) { clientMutationId } }`, {
      i: {
        clientMutationId: crypto.randomUUID(), partnershipId: PARTNERSHIP, year: YEAR, kind: 'FUNDS_RECEIVED', date: `${YEAR}-09-14`,
        amount: 2_000_000, currency: 'XOF', ratePerEuro: 655.957,
        provider: { name: 'Communauté d’agglomération du Grand Chalon', funder: 'NORTH_AUTHORITY' },
        receiver: { name: 'Communauté des communes du Plateau', funder: 'SOUTH_AUTHORITY' }, description,
      },
    });
  });

  await step('Koffi ouvre le budget en ligne / Koffi opens the budget online', async () => {
    await signInAs(page, base, password, KOFFI);
    await page.goto(SCREEN);
    const funds = page.locator('#transactions li', { hasText: description });
    await funds.locator('button[id^=received-]').waitFor();
    transaction = (await funds.getAttribute('id')).replace(/^transaction-/, '');
    await keptForOffline(page);
    await fitsWidth(page);
    await shot('70-budget-en-ligne');
    await assertAccessible(page, 'budget en ligne, Sud / budget online, South');
  });

  await step('hors ligne, la page rechargée montre le budget gardé / offline, the reloaded page shows the kept budget', async () => {
    await context.setOffline(true);
    await page.reload();
    await page.locator(`#transaction-${transaction}`).waitFor();
    expect((await page.locator('main').innerText()).includes('budget tel que gardé sur cet appareil'), 'the page does not say the budget is the kept one');
    expect(await page.locator('#total-received').count() === 1, 'no totals offline');
  });

  await step('hors ligne, « Reçu » attend le réseau / offline, « Reçu » waits for the network', async () => {
    await page.locator(`#received-${transaction}`).click();
    await page.locator(`#transaction-${transaction} .pending`, { hasText: 'en attente d’envoi' }).waitFor();
    expect(await page.locator(`#received-${transaction}`).count() === 0, 'the buttons are still there');
    expect((await pendingLine()).startsWith('1 action en attente'), `pending line: ${await pendingLine()}`);
    await page.reload();
    await page.locator(`#transaction-${transaction} .pending`, { hasText: 'en attente d’envoi' }).waitFor();
    expect((await pendingLine()).startsWith('1 action en attente'), `pending line after reload: ${await pendingLine()}`);
    await fitsWidth(page);
    await shot('71-budget-recu-en-attente');
    await assertAccessible(page, 'réception en attente, hors ligne / receipt waiting, offline');
  });

  await step('en ligne, la synchronisation l’envoie / online, the sync sends it', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    await page.locator(`#transaction-${transaction} .notice`, { hasText: 'Reçu — confirmé par Koffi' }).waitFor();
    expect(await page.locator(`#transaction-${transaction} .pending`).count() === 0, 'still shown as waiting');
    await shot('72-budget-recu-synchronise');
    await assertAccessible(page, 'réception synchronisée / receipt synced');
  });

  await step('le serveur tient une seule confirmation / the server holds one confirmation', async () => {
    // Read by Koffi himself: an action's id is shown only to the person who made it.
    const money = await ledger(await signIn(KOFFI));
    const funds = money.transactions.find((t) => t.id === transaction);
    expect(funds.receipt?.received === true && funds.receipt.by.startsWith('Koffi'), `receipt: ${JSON.stringify(funds)}`);
    const confirmations = money.history.nodes.filter((h) => h.subjectId === transaction && h.action === 'FundsConfirmed');
    expect(confirmations.length === 1 && confirmations[0].clientMutationId, `confirmations: ${JSON.stringify(confirmations)}`);
  });
} finally {
  await finish();
}
