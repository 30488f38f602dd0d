// End to end, in a real headless Chromium against the real server: Fatou signs in, opens Sénéclic's autumn shipment
// (in transit), goes offline, receives ten items with one damaged (reason and photo), reloads the page still offline
// and finds all of it pending, comes back online and syncs; then Marc, on the North side, finds exactly those ten
// verdicts on the server, once each, and the photo committed. Screenshots of the main screens at 360 px in French
// go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/receive-offline.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi } from './story.mjs';
import { fitnessSteps } from './fitness-steps.mjs';
import { keptForOffline, sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/receive-offline.mjs <base URL> <demo password>');
  process.exit(2);
}
const FATOU = 'fatou.ndiaye@education.sn.example';
const MARC = 'marc.girard@besancon.example';
const PARTNERSHIP = 'seneclic';
const RECEIVED = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'];
const DAMAGED = 'i10';
const REASON = 'Écran fêlé à l’ouverture du carton';

const { context, page, step, shot, finish, consoleErrors } = await openStory('receive', {});
const { signIn, graphql, post } = serverApi(base, password);
const pendingLine = () => page.locator('#pending').innerText();
let shipmentId = '';
let photo = '';

try {
  await step('la page de connexion s’ouvre en français / the sign-in page opens in French', async () => {
    await page.goto(base);
    await page.locator('#email').waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'fr', 'lang is not fr');
    expect((await page.locator('main h2').innerText()).startsWith('Connexion'), 'no « Connexion » heading');
    await shot('1-connexion');
    await assertAccessible(page, 'connexion / sign-in');
  });

  await step('Fatou se connecte et voit ses partenariats / Fatou signs in and sees her partnerships', async () => {
    await page.locator('#email').fill(FATOU);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).waitFor();
    await shot('2-partenariats');
    await assertAccessible(page, 'mes partenariats / home');
  });

  await step('la page du partenariat montre envois, rapport et jalons / the partnership page shows shipments, report and milestones', async () => {
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    const autumn = page.locator(`a[href^="#/s/${PARTNERSHIP}/"]`, { hasText: 'automne' });
    await autumn.waitFor();
    shipmentId = decodeURIComponent((await autumn.getAttribute('href')).split('/').pop());
    const text = await page.locator('main').innerText();
    for (const heading of ['Envois', 'Dernier rapport', 'Jalons']) expect(text.includes(heading), `no « ${heading} »`);
    await shot('3-partenariat');
    await assertAccessible(page, 'partenariat / partnership');
    await autumn.click();
    await page.locator('#box-b1').waitFor();
  });

  await step('l’application est gardée pour le hors-ligne / the app is kept for offline use', async () => {
    // The service worker took the page and precached the shell: the offline steps below need it.
    await keptForOffline(page);
    await shot('4-reception');
    await assertAccessible(page, 'réception / receiving');
  });

  await step('hors ligne, dix articles reçus dont un endommagé avec raison et photo / offline, ten items received, one damaged with reason and photo', async () => {
    const jpeg = await generatedJpeg();
    await context.setOffline(true);
    await page.locator('#box-code').fill('b1');
    await page.locator('.open-box button[type=submit]').click();
    await page.locator('#box-code').fill('2');
    await page.locator('.open-box button[type=submit]').click();
    for (const item of RECEIVED) {
      await page.locator(`#item-${item} .actions button`).first().click();
      await page.locator(`#item-${item}.pending`).waitFor();
    }
    await page.locator(`#item-${DAMAGED} .actions button`).nth(1).click();
    await page.locator(`#reason-${DAMAGED}`).fill(REASON);
    await page.locator(`#photo-${DAMAGED}`).setInputFiles({ name: 'carton.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await shot('5-endommage');
    await assertAccessible(page, 'article endommagé, formulaire ouvert / damaged item, form open');
    await page.locator(`#item-${DAMAGED} form button[type=submit]`).click();
    await page.locator(`#item-${DAMAGED}.pending`).waitFor();
    // Ten verdicts and one photo wait in the outbox.
    expect((await pendingLine()).startsWith('11 actions en attente'), `pending line: ${await pendingLine()}`);
    await shot('6-en-attente');
    await assertAccessible(page, 'actions en attente / pending actions');
  });

  await step('rechargée hors ligne, la page montre tout en attente / reloaded offline, the page shows all of it pending', async () => {
    await page.reload();
    await page.locator(`#item-${DAMAGED}.pending`).waitFor({ state: 'attached' });
    expect((await page.locator('li.item.pending').count()) === 10, `pending items: ${await page.locator('li.item.pending').count()}`);
    expect((await pendingLine()).startsWith('11 actions en attente'), `pending line: ${await pendingLine()}`);
    expect((await page.locator(`#item-${DAMAGED}`).textContent()).includes('endommagé'), 'the damaged item does not say so');
  });

  await step('en ligne, « Synchroniser » envoie tout / online, « Synchroniser » sends everything', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    await page.locator('li.item.done').nth(9).waitFor({ state: 'attached' });
    expect((await page.locator('li.item.done').count()) === 10, `checked items: ${await page.locator('li.item.done').count()}`);
    await shot('7-synchronise');
    await assertAccessible(page, 'synchronisé / synced');
  });

  await step('sur le serveur, exactement ces dix verdicts, une fois chacun / on the server, exactly those ten verdicts, once each', async () => {
    // Read by the agent herself: an action's id is shown only to the person who made it.
    const fatou = await signIn(FATOU);
    const { shipment } = await graphql(fatou, `query($id: ID!) { shipment(id: $id) {
      items { id verdict { verdict reason photoId by clientMutationId } disputes { verdict } } history(first: 100) { nodes { action subjectId clientMutationId } } } }`, { id: shipmentId });
    const checked = shipment.items.filter((i) => i.verdict);
    expect(checked.map((i) => i.id).sort().join() === [...RECEIVED, DAMAGED].sort().join(), `checked: ${checked.map((i) => i.id)}`);
    for (const item of checked) {
      const want = item.id === DAMAGED ? 'DAMAGED' : 'RECEIVED';
      expect(item.verdict.verdict === want, `${item.id}: ${item.verdict.verdict}`);
      expect(item.verdict.by.startsWith('Fatou Ndiaye'), `${item.id} by ${item.verdict.by}`);
    }
    const damaged = checked.find((i) => i.id === DAMAGED).verdict;
    expect(damaged.reason === REASON && damaged.photoId, `damaged: ${JSON.stringify(damaged)}`);
    photo = damaged.photoId;
    expect(shipment.items.every((i) => i.disputes.length === 0), 'a dispute appeared');
    // One action per tap, each applied once: ten distinct ids, each once in the history.
    const ids = checked.map((i) => i.verdict.clientMutationId);
    expect(new Set(ids).size === 10, `client ids: ${ids}`);
    for (const id of ids) {
      const lines = shipment.history.nodes.filter((h) => h.clientMutationId === id);
      expect(lines.length === 1, `${id} is ${lines.length} times in the history`);
    }
  });

  await step('la photo est arrivée entière / the photo arrived whole', async () => {
    const marc = await signIn(MARC);
    const { upload } = await graphql(marc, 'query($p: ID!, $u: String!) { upload(partnershipId: $p, uploadId: $u) { status } }', { p: PARTNERSHIP, u: photo });
    expect(upload?.status === 'COMMITTED', `upload: ${JSON.stringify(upload)}`);
    const response = await fetch(`${base}/uploads/${PARTNERSHIP}/${encodeURIComponent(photo)}`, { headers: { Authorization: `Bearer ${marc}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.ok && bytes[0] === 0xff && bytes[1] === 0xd8, `photo: HTTP ${response.status}, ${bytes.length} B`);
  });

  await fitnessSteps({ page, step, expect, shot, partnership: PARTNERSHIP, shipmentId: () => shipmentId });
} finally {
  await finish();
}

/** A camera-sized JPEG drawn by the browser itself (a gradient and a "crack"), as a phone would hand it over. */
async function generatedJpeg() {
  const helper = await context.newPage();
  try {
    const dataUrl = await helper.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1600;
      canvas.height = 1200;
      const g = canvas.getContext('2d');
      const gradient = g.createLinearGradient(0, 0, 1600, 1200);
      gradient.addColorStop(0, '#8a6d3b');
      gradient.addColorStop(1, '#2c3e50');
      g.fillStyle = gradient;
      g.fillRect(0, 0, 1600, 1200);
      g.strokeStyle = '#fff';
      g.lineWidth = 6;
      g.beginPath();
      g.moveTo(300, 200);
      for (let x = 300; x < 1300; x += 50) g.lineTo(x, 200 + ((x * 37) % 700));
      g.stroke();
      return canvas.toDataURL('image/jpeg', 0.95);
    });
    return Buffer.from(dataUrl.split(',')[1], 'base64');
  } finally {
    await helper.close();
  }
}
