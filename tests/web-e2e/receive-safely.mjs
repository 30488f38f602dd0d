// End to end, on a 360 × 740 phone: the agent's receiving has no trap. A 50-item shipment is prepared and sent by the
// North; Fatou opens it, and every control of her screens is at least 44 × 44 px, nothing overlaps the sync bar, six
// items show at once and the whole list fits in under ten screens. Offline, an accidental « Tout reçu » asks first
// with the count, and once confirmed is undone before it leaves; a verdict waiting to be sent is changed (one action,
// not two); « Synchroniser » says there is no network; signing out is refused with work waiting. Back online, the
// server has exactly the changed verdict, once, no dispute. Screenshots at 360 px go to web-client/screenshots/.
//
//   node tests/web-e2e/receive-safely.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi, signOutOnPage } from './story.mjs';
import { keptForOffline, sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/receive-safely.mjs <base URL> <demo password>');
  process.exit(2);
}
const FATOU = 'fatou.ndiaye@education.sn.example';
const MARC = 'marc.girard@besancon.example';
const PARTNERSHIP = 'seneclic';
// Names of this run's own, so that a second run against the same server finds its records once too.
const run = Date.now().toString(36);
const SHIPMENT = `Envoi de cinquante (${run})`;
const BOXES = 10;
const PER_BOX = 5;
const ITEMS = BOXES * PER_BOX;
const VIEWPORT = { width: 360, height: 740 };

const { context, page, step, shot, finish } = await openStory('receive-safely', { viewport: VIEWPORT });
const { signIn, graphql } = serverApi(base, password);
const pendingLine = () => page.locator('#pending').innerText();
let shipmentId = '';

/**
 * Every interactive element shown on the screen, with its box: links, buttons, fields, summaries, and for a file
 * input hidden behind its label, the label (what the thumb touches).
 */
const controls = () => page.evaluate(() => {
  const seen = [];
  for (const element of document.querySelectorAll('a[href], button, input, select, textarea, summary, label.button')) {
    const target = element;
    if (element.matches('input.visually-hidden')) continue; // its label.button is measured instead
    const box = target.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || !target.checkVisibility({ visibilityProperty: true })) continue;
    seen.push({ what: `${target.tagName.toLowerCase()}${target.id ? '#' + target.id : ''} « ${(target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 40)} »`,
      width: box.width, height: box.height });
  }
  return seen;
});

/** The sync bar's box, and what of the page's other content overlaps it (none should: the bar is in the flow). */
const overlapsOfBar = () => page.evaluate(() => {
  const bar = document.querySelector('.bar').getBoundingClientRect();
  const overlapping = [];
  for (const element of document.querySelectorAll('#main *, header *, #messages *')) {
    const box = element.getBoundingClientRect();
    // Inside a closed <details> an element keeps a box, but nobody sees it.
    if (box.width === 0 || box.height === 0 || !element.checkVisibility()) continue;
    if (box.left < bar.right && box.right > bar.left && box.top < bar.bottom && box.bottom > bar.top) {
      overlapping.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${element.className ? '.' + element.className : ''} [${Math.round(box.top)}–${Math.round(box.bottom)} over ${Math.round(bar.top)}–${Math.round(bar.bottom)}]`);
    }
  }
  return { height: bar.height, overlapping };
});

/** Checks the screen on show: 44 × 44 px controls, one-row bar of at most 48 px that nothing overlaps, at its top. */
async function checkScreen(name) {
  const small = (await controls()).filter((c) => c.width < 44 - 0.5 || c.height < 44 - 0.5);
  expect(small.length === 0, `${name}: controls under 44 × 44 px: ${small.map((c) => `${c.what} ${Math.round(c.width)}×${Math.round(c.height)}`).join('; ')}`);
  const bar = await overlapsOfBar();
  expect(bar.height <= 48, `${name}: the sync bar is ${bar.height} px tall`);
  expect(bar.overlapping.length === 0, `${name}: over the sync bar: ${bar.overlapping.join(', ')}`);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled === 0, `${name}: opened scrolled to ${scrolled} px, not at its top`);
}

try {
  await step('le Nord prépare et expédie un envoi de 50 articles / the North prepares and ships a 50-item shipment', async () => {
    const marc = await signIn(MARC);
    const item = (b, i) => ({ kind: 'LAPTOP', serialNumber: `S${run}-${b}${i}`.toUpperCase(), destination: `École ${b + 1}`,
      refurbishment: { dataWiped: true, tested: true, grade: 'A', systemInstalled: null } });
    const { prepareShipment } = await graphql(marc, `mutation($input: PrepareShipmentInput!) { prepareShipment(input: $input) { shipment { id } } }`, {
      input: {
        clientMutationId: crypto.randomUUID(), partnershipId: PARTNERSHIP, title: SHIPMENT,
        boxes: Array.from({ length: BOXES }, (_, b) => ({ label: `Carton ${b + 1}`, items: Array.from({ length: PER_BOX }, (_, i) => item(b, i)) })),
      },
    });
    shipmentId = prepareShipment.shipment.id;
    for (const status of ['SHIPPED', 'IN_TRANSIT']) {
      await graphql(marc, `mutation($input: AdvanceShipmentInput!) { advanceShipment(input: $input) { shipment { status } } }`,
        { input: { clientMutationId: crypto.randomUUID(), shipmentId, status } });
    }
  });

  await step('chaque écran de l’agent : contrôles ≥ 44 px, rien sur la barre, ouvert en haut / every agent screen: controls ≥ 44 px, nothing over the bar, opened at its top', async () => {
    await page.goto(base);
    await page.locator('#email').fill(FATOU);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).waitFor();
    await checkScreen('mes partenariats / home');
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    const link = page.locator(`a[href="#/s/${PARTNERSHIP}/${encodeURIComponent(shipmentId)}"]`);
    await link.waitFor();
    await checkScreen('partenariat / partnership');
    await shot('safe-1-partenariat');
    // Opened after scrolling down the partnership's page: the receiving screen still opens at its top.
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.locator('#box-b1').waitFor();
    await checkScreen('réception / receiving');
    await page.locator('header .menu > summary').click();
    await checkScreen('réception, menu ouvert / receiving, menu open');
    await page.locator('header .menu > summary').click();
    await keptForOffline(page);
  });

  await step('six articles à l’écran, cinquante en moins de dix écrans / six items on screen, fifty in under ten screens', async () => {
    for (let b = 1; b <= BOXES; b++) await page.locator(`#box-b${b} > summary`).click();
    const rows = page.locator('li.item');
    expect((await rows.count()) === ITEMS, `rows: ${await rows.count()}`);
    // Internal ids (i1…) are not for people: only serial numbers show.
    expect(!/\bi\d+\b/.test(await page.locator('#main').innerText()), 'an internal item id shows');
    await rows.nth(5).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('li.item').scrollIntoView({ block: 'start' }));
    const visible = await page.evaluate((height) => [...document.querySelectorAll('li.item')]
      .filter((r) => { const b = r.getBoundingClientRect(); return b.top >= -1 && b.bottom <= height + 1; }).length, VIEWPORT.height);
    expect(visible >= 6, `items fully on screen at 360 × 740: ${visible}`);
    const screens = await page.evaluate((height) => document.documentElement.scrollHeight / height, VIEWPORT.height);
    console.log(`     ${visible} articles à l’écran, la liste de ${ITEMS} en ${screens.toFixed(1)} écrans / ${visible} items on screen, the ${ITEMS}-item list in ${screens.toFixed(1)} screens`);
    expect(screens < 10, `the ${ITEMS}-item list takes ${screens.toFixed(1)} screens`);
    await checkScreenControlsOnly('réception, cartons ouverts / receiving, boxes open');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'web-client/screenshots/safe-2-reception-360.png' });
  });

  await step('hors ligne, « Tout reçu » demande d’abord avec le nombre / offline, « Tout reçu » asks first with the count', async () => {
    await context.setOffline(true);
    await page.locator('#all-received').click();
    const answer = page.locator('#all-received-answer');
    await answer.getByText(`Confirmer la réception des ${ITEMS} articles ?`).waitFor();
    // The question shows next to the button that asked it, not off-screen.
    const [button, question] = await Promise.all([page.locator('#all-received').boundingBox(), answer.boundingBox()]);
    expect(question.y >= button.y + button.height - 1 && question.y - (button.y + button.height) < 40, `question at ${question.y}, button ends at ${button.y + button.height}`);
    await shot('safe-3-tout-recu-question');
    await assertAccessible(page, '« Tout reçu », question / « All received », question');
    await page.locator('#all-received-no').click();
    expect((await pendingLine()).startsWith('Tout est envoyé'), `« Non » queued something: ${await pendingLine()}`);
    expect((await page.locator('li.item.pending').count()) === 0, 'items pending after « Non »');
  });

  await step('un « Tout reçu » confirmé par erreur est annulé avant de partir / an « All received » confirmed by mistake is undone before it leaves', async () => {
    await page.locator('#all-received').click();
    await page.locator('#all-received-yes').click();
    await page.locator('#undo-all-received').waitFor();
    expect((await page.locator('li.item.pending').count()) === ITEMS, `pending items: ${await page.locator('li.item.pending').count()}`);
    expect((await pendingLine()).startsWith('1 action en attente'), `pending line: ${await pendingLine()}`);
    await shot('safe-4-tout-recu-en-attente');
    // Still there after a reload: the « Annuler » does not depend on a timer or on the page staying open.
    await page.reload();
    await page.locator('#undo-all-received').click();
    await page.locator('#all-received-answer', { hasText: 'rien n’est parti' }).waitFor();
    expect((await pendingLine()).startsWith('Tout est envoyé'), `pending line: ${await pendingLine()}`);
    expect((await page.locator('li.item.pending').count()) === 0, 'items still pending after « Annuler »');
  });

  await step('un verdict en attente se change : une seule action / a pending verdict is changed: still one action', async () => {
    // Reloaded with « Tout reçu » waiting, the boxes opened by themselves: open stays open.
    if (!(await page.locator('#box-b1').evaluate((box) => box.open))) await page.locator('#box-b1 > summary').click();
    await page.locator('#item-i1 .actions button').first().click();
    await page.locator('#item-i1.pending').waitFor();
    expect((await pendingLine()).startsWith('1 action en attente'), `pending line: ${await pendingLine()}`);
    await page.locator('#item-i1 .actions button').nth(2).click();
    await page.locator('#reason-i1').fill('Absent du carton');
    await page.locator('#item-i1 form button[type=submit]').click();
    await page.locator('#item-i1 .state', { hasText: 'manquant' }).waitFor();
    expect((await pendingLine()).startsWith('1 action en attente'), `changed, the pending line says: ${await pendingLine()}`);
    expect((await page.locator('#item-i1 .actions button[aria-pressed=true]').innerText()).startsWith('Manquant'), 'the pressed verdict is not « Manquant »');
    await shot('safe-5-verdict-change');
    await assertAccessible(page, 'verdict changé / changed verdict');
  });

  await step('« Synchroniser » hors ligne le dit, la barre aussi / « Synchroniser » offline says so, the bar too', async () => {
    await page.locator('#sync').click();
    await page.locator('#sync-note', { hasText: 'Pas de réseau' }).waitFor();
    expect((await page.locator('#sync-state').innerText()).startsWith('Hors ligne — envoi automatique au retour du réseau'), `bar: ${await page.locator('#sync-state').innerText()}`);
    await checkScreen('réception hors ligne / receiving offline');
  });

  await step('hors ligne avec du travail en attente, la déconnexion est refusée et dit pourquoi / offline with work waiting, sign-out is refused and says why', async () => {
    await page.locator('header .menu > summary').click();
    await page.locator('#sign-out').click();
    const refusal = page.locator('.menu-answer .refused');
    await refusal.waitFor();
    expect((await refusal.innerText()).includes('Déconnexion refusée'), `refusal: ${await refusal.innerText()}`);
    expect((await refusal.innerText()).includes('Sign-out refused'), 'the refusal is not in English too');
    expect(await page.locator('#sign-out-yes').count() === 0, 'a sign-out was offered anyway');
    await shot('safe-6-deconnexion-refusee');
    await assertAccessible(page, 'déconnexion refusée / sign-out refused');
    await page.locator('header .menu > summary').click();
  });

  await step('en ligne, le verdict changé part seul, une fois, sans contestation / online, the changed verdict leaves alone, once, no dispute', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    await page.locator('#item-i1.done').waitFor();
    // A second round trip may follow the first (« Envoi… »); then the bar says when the last one went through.
    await page.locator('#sync-state', { hasText: 'Dernier envoi' }).waitFor({ timeout: 10_000 });
    const fatou = await signIn(FATOU);
    const { shipment } = await graphql(fatou, `query($id: ID!) { shipment(id: $id) { status
      items { id verdict { verdict reason clientMutationId } disputes { verdict } } history(first: 100) { nodes { action subjectId clientMutationId } } } }`, { id: shipmentId });
    const checked = shipment.items.filter((i) => i.verdict);
    expect(checked.length === 1 && checked[0].id === 'i1', `checked: ${checked.map((i) => i.id)}`);
    expect(checked[0].verdict.verdict === 'MISSING' && checked[0].verdict.reason === 'Absent du carton', `i1: ${JSON.stringify(checked[0].verdict)}`);
    expect(shipment.items.every((i) => i.disputes.length === 0), 'a dispute appeared');
    expect(shipment.status !== 'RECEIVED', `the undone « Tout reçu » reached the server: ${shipment.status}`);
    const lines = shipment.history.nodes.filter((h) => h.clientMutationId === checked[0].verdict.clientMutationId);
    expect(lines.length === 1, `the verdict is ${lines.length} times in the history`);
  });

  await step('en ligne, la déconnexion se fait après confirmation / online, signing out happens once confirmed', async () => {
    await page.locator('header .menu > summary').click();
    await page.locator('#sign-out').click();
    await page.locator('#sign-out-yes').waitFor();
    await shot('safe-7-deconnexion-question');
    await page.locator('.menu-answer button', { hasText: 'Annuler' }).click();
    expect(await page.locator('#sign-out-yes').count() === 0, '« Annuler » left the question');
    await page.locator('header .menu > summary').click();
    await signOutOnPage(page);
  });

  await step('les messages des champs refusés sont ceux de l’application, en deux langues / refused fields get the app’s own words, in both languages', async () => {
    await page.locator('button[type=submit]').click();
    const problem = page.locator('#email-problem');
    await problem.waitFor();
    expect((await problem.innerText()).startsWith('Ce champ est obligatoire. / This field is required.'), `message: ${await problem.innerText()}`);
    expect(await page.evaluate(() => document.activeElement?.id) === 'email', 'the refused field does not have the focus');
    await page.locator('#email').fill('fatou');
    await page.locator('button[type=submit]').click();
    await page.locator('#email-problem', { hasText: 'Adresse électronique incomplète' }).waitFor();
    await page.locator('#email').fill(FATOU);
    await page.locator('#email-problem').waitFor({ state: 'detached' });
    await shot('safe-8-champ-refuse');
    await assertAccessible(page, 'connexion, champ refusé / sign-in, refused field');
  });
} finally {
  await finish();
}

/** The controls of a long screen, scrolled: 44 × 44 px (the bar is not in view any more, nor at the top). */
async function checkScreenControlsOnly(name) {
  const small = (await controls()).filter((c) => c.width < 44 - 0.5 || c.height < 44 - 0.5);
  expect(small.length === 0, `${name}: controls under 44 × 44 px: ${small.map((c) => `${c.what} ${Math.round(c.width)}×${Math.round(c.height)}`).join('; ')}`);
}
