// End to end, in a real headless Chromium against the real server: the phone's offline copy follows every sync,
// whichever screen is shown. (a) Marc's phone shows the partnership's page while another device marks a shipment in
// transit; after the phone's sync, with no network and no reload, its packing list says « en transit »; marked
// arrived from the phone and synced, it says « arrivé », not the status it had before. (b) A report written offline
// is saved, then synced: without a reload the editor says it was sent, and agrees with the pending line.
// (The partnership's page, on show during the sync, follows as well.)
//
//   node tests/web-e2e/offline-copy.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { expect, openStory, serverApi } from './story.mjs';
import { keptForOffline, sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/offline-copy.mjs <base URL> <demo password>');
  process.exit(2);
}
const MARC = 'marc.girard@besancon.example';
const PARTNERSHIP = 'seneclic';
// Names of this run's own, so that a second run against the same server finds its records once too.
const run = Date.now().toString(36);
const SHIPMENT = `Envoi d’été (${run})`;
// A period of its own too (the server takes dates up to 2100; the North's story takes 2040 to 2089).
const YEAR = 2090 + (Date.now() % 10);
const MONTH = String(1 + (Math.floor(Date.now() / 10) % 12)).padStart(2, '0');
const PERIOD = { start: `${YEAR}-${MONTH}-01`, end: `${YEAR}-${MONTH}-28` };

const { context, page, step, finish } = await openStory('offline-copy');
const { signIn, graphql } = serverApi(base, password);
const status = page.locator('#shipment-status');
let shipmentId = '';
let otherDevice = '';

/**
 * Taps « Synchroniser » and waits for a sync sent after the tap to be answered (the one that sees what came before): a
 * POST when the phone has actions to send, a GET of the changes when it has none.
 */
async function syncNow() {
  const sent = page.waitForRequest((r) => {
    const url = new URL(r.url());
    if (url.pathname !== '/graphql') return false;
    return r.method() === 'POST' ? /"since"/.test(r.postData() ?? '') : /"since"/.test(url.searchParams.get('variables') ?? '');
  });
  await page.locator('#sync').click();
  await (await sent).response();
}

try {
  await step('un envoi préparé au Nord, et Marc sur son téléphone / a shipment prepared in the North, and Marc on his phone', async () => {
    otherDevice = await signIn(MARC);
    const { prepareShipment } = await graphql(otherDevice, `mutation($input: PrepareShipmentInput!) { prepareShipment(input: $input) { shipment { id status } } }`, {
      input: {
        clientMutationId: crypto.randomUUID(), partnershipId: PARTNERSHIP, title: SHIPMENT,
        boxes: [{ label: 'Carton 1', items: [{ kind: 'LAPTOP', serialNumber: `PC-${run}`, destination: 'École de Ngor', refurbishment: { dataWiped: true, tested: true, grade: 'A', systemInstalled: null } }] }],
      },
    });
    shipmentId = prepareShipment.shipment.id;
    await page.goto(base);
    await page.locator('#email').fill(MARC);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator(`a[href="#/l/${PARTNERSHIP}/${encodeURIComponent(shipmentId)}"]`).click();
    await status.filter({ hasText: 'préparé' }).waitFor();
    await keptForOffline(page);
  });

  await step('(a) marqué en transit ailleurs pendant qu’il regarde le partenariat, synchronisé : sa liste de colisage, hors ligne et sans recharger, dit « en transit » / (a) marked in transit elsewhere while he looks at the partnership, synced: his packing list, offline and without a reload, says in transit', async () => {
    await page.locator('main a', { hasText: 'Le partenariat' }).click();
    await page.locator('#prepare-shipment').waitFor();
    await graphql(otherDevice, `mutation($input: AdvanceShipmentInput!) { advanceShipment(input: $input) { shipment { status } } }`,
      { input: { clientMutationId: crypto.randomUUID(), shipmentId, status: 'IN_TRANSIT' } });
    await syncNow();
    // The page on show follows too: the shipment's line says where it is now.
    await page.locator('main li', { hasText: SHIPMENT }).filter({ hasText: 'en transit' }).waitFor({ timeout: 10_000 });
    await context.setOffline(true);
    await page.evaluate((hash) => { location.hash = hash; }, `#/l/${PARTNERSHIP}/${encodeURIComponent(shipmentId)}`);
    await status.filter({ hasText: 'en transit' }).waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`the packing list shows « ${await status.innerText()} » after the sync, not « en transit »`);
    });
    expect(!(await status.innerText()).includes('en attente'), `status: ${await status.innerText()}`);
  });

  await step('(a) marqué arrivé sur le téléphone puis envoyé : « arrivé », sans revenir en arrière / (a) marked arrived on the phone then sent: arrived, not back to before', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#main button', { hasText: 'Marquer arrivé' }).click());
    await status.filter({ hasText: 'arrivé' }).waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`the packing list shows « ${await status.innerText()} » once sent, not « arrivé »`);
    });
    expect(!(await status.innerText()).includes('en attente'), `status: ${await status.innerText()}`);
    const { shipment } = await graphql(otherDevice, 'query($id: ID!) { shipment(id: $id) { status } }', { id: shipmentId });
    expect(shipment.status === 'ARRIVED', `server status ${shipment.status}`);
  });

  await step('(b) un rapport écrit hors ligne est gardé en attente d’envoi / (b) a report written offline waits to be sent', async () => {
    await page.goto(`${base}/#/p/${PARTNERSHIP}`);
    await page.locator('#new-report').locator('xpath=..').locator('summary').click();
    await context.setOffline(true);
    await page.locator('#report-start').fill(PERIOD.start);
    await page.locator('#report-end').fill(PERIOD.end);
    await page.locator('#new-report button[type=submit]').click();
    await page.locator('#report-activities').fill('Installation de la salle de Yoff.');
    await page.locator('#report-form button[type=submit]').click(); // « Enregistrer le brouillon »
    await page.locator('#report-status', { hasText: 'en attente d’envoi' }).waitFor();
    await page.locator('#pending', { hasText: '1 action en attente' }).waitFor();
  });

  await step('(b) synchronisé, l’éditeur dit le brouillon envoyé, comme la ligne d’attente, sans recharger / (b) synced, the editor says the draft was sent, as the pending line does, without a reload', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    const line = page.locator('#report-status');
    await line.filter({ hasText: 'brouillon envoyé' }).waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`the editor says « ${await line.innerText()} » while the pending line says « ${await page.locator('#pending').innerText()} »`);
    });
    expect(!(await line.innerText()).includes('en attente'), `editor: ${await line.innerText()}`);
    expect((await page.locator('#pending').innerText()).startsWith('Tout est envoyé'), `pending line: ${await page.locator('#pending').innerText()}`);
    const marc = await signIn(MARC);
    const { partnership } = await graphql(marc, `query { partnership(id: "${PARTNERSHIP}") { reports { periodStart status activities } } }`);
    const report = partnership.reports.find((r) => r.periodStart === PERIOD.start);
    expect(report?.activities === 'Installation de la salle de Yoff.', `server report: ${JSON.stringify(report)}`);
  });
} finally {
  await finish();
}
