// End to end, in a real headless Chromium against the real server, the North's office work: Marc (Besançon) plans
// a milestone and records its progress at a desk (1280 px), and reads the partnership's history a page at a time;
// then on a phone-sized screen (360 px) writes a progress report offline, reloads still offline and finds every word
// of the draft, comes back online and submits it; prepares a shipment of two boxes, opens its packing list (one A4
// page per box when printed) and a box's QR label, and marks it shipped; he also downloads the partnership's IATI
// file. Then the server, asked by GraphQL, holds exactly those records, once each. Screenshots at 360 px in French go
// to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/north-office.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi } from './story.mjs';
import { keptForOffline, sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/north-office.mjs <base URL> <demo password>');
  process.exit(2);
}
const MARC = 'marc.girard@besancon.example';
const PARTNERSHIP = 'seneclic';
// Names of this run's own, so that a second run against the same server finds its records once too.
const run = Date.now().toString(36);
const MILESTONE = `Formation des directeurs d’école (${run})`;
const SHIPMENT = `Envoi de printemps (${run})`;
const YEAR = 2040 + (Date.now() % 50);
const PERIOD = { start: `${YEAR}-01-01`, end: `${YEAR}-06-30` };
const ACTIVITIES = 'Formation de 40 enseignants à Ngor et Yoff ; installation de deux salles informatiques. Suivi mensuel par visio.';
const RESULTS = 'Trente-huit enseignants formés utilisent les salles chaque semaine.';
const SERIALS = [['PC-2031-001', 'PC-2031-002'], ['ECR-2031-010']];

const { context, page, step, shot, finish, consoleErrors } = await openStory('north', { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const { signIn, graphql, post } = serverApi(base, password);
const pendingLine = () => page.locator('#pending').innerText();
/** Nothing wider than the screen: usable at 360 px without sideways scrolling (tables scroll in their own box). */
async function fitsWidth() {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide <= 1, `the page is ${wide} px wider than the screen`);
}
let shipmentHash = '';

try {
  await step('Marc se connecte et ouvre Sénéclic / Marc signs in and opens Sénéclic', async () => {
    await page.goto(base);
    await page.locator('#email').fill(MARC);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator('#plan-milestone').waitFor({ state: 'attached' });
    await keptForOffline(page);
  });

  await step('il télécharge la fiche IATI du partenariat / he downloads the partnership’s IATI file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-iati').click()]);
    expect(download.suggestedFilename() === `${PARTNERSHIP}-iati.xml`, `the file is named ${download.suggestedFilename()}`);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const xml = Buffer.concat(chunks).toString('utf8');
    expect(xml.includes('<iati-activities version="2.03"') && xml.includes(`<iati-identifier>XX-COOPERATION-ville-de-besancon-${PARTNERSHIP}</iati-identifier>`),
      `the download is not Sénéclic's IATI file: ${xml.slice(0, 200)}`);
  });

  await step('à 1280 px, il planifie un jalon au clavier / at 1280 px he plans a milestone with the keyboard', async () => {
    await page.locator('details.plan summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#plan-title').fill(MILESTONE);
    await page.locator('#plan-side').selectOption('JOINT');
    await page.locator('#plan-due').fill('2027-03-31');
    await page.locator('#plan-description').focus();
    await page.keyboard.type('Deux jours à Dakar.');
    await page.keyboard.press('Tab');
    await sentAfter(page, () => page.keyboard.press('Enter')); // the « Planifier le jalon » button
    await page.locator('#milestones li[id^=milestone-]', { hasText: MILESTONE }).waitFor();
  });

  await step('il note l’avancement du jalon (40 %) / he records the milestone’s progress (40 %)', async () => {
    const row = page.locator('#milestones li[id^=milestone-]', { hasText: MILESTONE });
    await row.locator('details.changes summary').click();
    await row.locator('input[name=progress]').fill('40');
    await sentAfter(page, () => row.locator('input[name=progress]').press('Enter'));
    await page.locator('#milestones li[id^=milestone-]', { hasText: MILESTONE }).filter({ hasText: '40 %' }).waitFor();
    await page.setViewportSize({ width: 360, height: 740 });
    await fitsWidth();
    await shot('8-jalons');
    await assertAccessible(page, 'jalons / milestones');
  });

  await step('il lit l’historique : les lignes les plus récentes, puis les plus anciennes / he reads the history: the newest lines, then older ones', async () => {
    // More lines than a page: ten edits of the milestone's description, the newest of which leads the history.
    const marc = await signIn(MARC);
    const { partnership: { milestones } } = await graphql(marc, `query { partnership(id: "${PARTNERSHIP}") { milestones { id title } } }`);
    const milestoneId = milestones.find((m) => m.title === MILESTONE).id;
    for (let i = 1; i <= 10; i++) {
      await graphql(marc, 'mutation($input: EditMilestoneInput!) { editMilestone(input: $input) { clientMutationId } }',
        { input: { clientMutationId: crypto.randomUUID(), milestoneId, description: `Deux jours à Dakar (${run}, ${i}).` } });
    }
    const { partnership: { history } } = await graphql(marc, `query { partnership(id: "${PARTNERSHIP}") { history(first: 100) { totalCount } } }`);
    expect(history.totalCount > 20, `${history.totalCount} history lines, fewer than two pages`);

    await page.reload();
    const lines = page.locator('#history li');
    await lines.nth(19).waitFor();
    expect(await lines.count() === 20, `${await lines.count()} lines on the first page`);
    const newest = await lines.first().innerText();
    expect(newest.includes('Jalon modifié') && newest.includes(`(${run}, 10)`) && newest.includes('Marc'), `newest line: ${newest}`);

    // Offline, the button says so, and the lines shown stay.
    await context.setOffline(true);
    await page.locator('#older-history').click();
    await page.locator('#older-history', { hasText: 'réseau' }).waitFor();
    expect(await lines.count() === 20, `${await lines.count()} lines left offline`);
    await context.setOffline(false);

    await page.locator('#older-history').click();
    await lines.nth(Math.min(history.totalCount, 40) - 1).waitFor();
    expect(await lines.count() === Math.min(history.totalCount, 40), `${await lines.count()} lines after the second page of ${history.totalCount}`);
    const oldest = await lines.nth(20).innerText();
    expect(!oldest.includes(`(${run}, 10)`), `the older page repeats the newest line: ${oldest}`);
    if (history.totalCount <= 40) await page.locator('#older-history').waitFor({ state: 'detached' });
    await fitsWidth();
    await shot('8b-historique');
  });

  await step('hors ligne, il rédige un rapport ; la saisie fait deux actions, pas cent / offline he writes a report; the typing makes two actions, not a hundred', async () => {
    await context.setOffline(true);
    await page.locator('#new-report').locator('xpath=..').locator('summary').click();
    await page.locator('#report-start').fill(PERIOD.start);
    await page.locator('#report-end').fill(PERIOD.end);
    await page.locator('#new-report button[type=submit]').click();
    await page.locator('#report-activities').waitFor();
    await page.locator('#report-activities').pressSequentially(ACTIVITIES.slice(0, 40), { delay: 5 });
    await page.locator('#report-results').focus(); // leaving a field queues what was typed: draftReport
    await page.locator('#pending', { hasText: '1 action en attente' }).waitFor();
    await page.locator('#report-activities').pressSequentially(ACTIVITIES.slice(40), { delay: 5 });
    await page.locator('#report-results').pressSequentially(RESULTS, { delay: 5 });
    await page.locator('#report-form button', { hasText: 'Ajouter un indicateur' }).click();
    await page.locator('#indicator-0-title').fill('Enseignants formés');
    await page.locator('#indicator-0-unit').fill('enseignants');
    await page.locator('#indicator-0-target').fill('40');
    await page.locator('#indicator-0-actual').fill('38');
    await page.locator('#indicator-0-source').fill('Feuilles d’émargement');
    await page.locator('#report-difficulties').focus();
    await page.locator('#pending', { hasText: '2 actions en attente' }).waitFor();
    // More typing, more pauses: the one pending edit takes it.
    await page.locator('#report-difficulties').pressSequentially('Coupures d’électricité.', { delay: 5 });
    await page.locator('#report-next-steps, #report-nextSteps').focus();
    await page.waitForTimeout(2000);
    expect((await pendingLine()).startsWith('2 actions en attente'), `pending line: ${await pendingLine()}`);
    await fitsWidth();
    await shot('9-rapport-brouillon');
    await assertAccessible(page, 'rapport, brouillon / report draft');
  });

  await step('rechargée hors ligne, le brouillon est intact / reloaded offline, the draft is intact', async () => {
    await page.reload();
    await page.locator('#report-activities').waitFor();
    expect((await page.locator('#report-activities').inputValue()) === ACTIVITIES, 'the activities are not intact');
    expect((await page.locator('#report-results').inputValue()) === RESULTS, 'the results are not intact');
    expect((await page.locator('#report-difficulties').inputValue()) === 'Coupures d’électricité.', 'the difficulties are not intact');
    expect((await page.locator('#indicator-0-actual').inputValue()) === '38', 'the indicator is not intact');
    expect((await pendingLine()).startsWith('2 actions en attente'), `pending line: ${await pendingLine()}`);
  });

  await step('en ligne, il remet le rapport / online, he submits the report', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    await sentAfter(page, async () => {
      await page.locator('#submit-report').click();
      await page.locator('#prepare-shipment').waitFor();
    });
  });

  await step('il prépare un envoi de deux cartons / he prepares a shipment of two boxes', async () => {
    await page.locator('#prepare-shipment').click();
    await page.locator('#shipment-form').waitFor();
    const form = page.locator('#shipment-form');
    await form.getByLabel('Intitulé de l’envoi').fill(SHIPMENT);
    const fillItem = async (item, serial, kind) => {
      await item.locator('[name=kind]').selectOption(kind);
      await item.locator('[name=serial]').fill(serial);
      await item.locator('[name=destination]').fill('École élémentaire de Ngor');
      await item.locator('[name=grade]').selectOption('B');
    };
    const box1 = form.locator('fieldset.box-form').nth(0);
    await fillItem(box1.locator('.item-form').nth(0), SERIALS[0][0], 'DESKTOP');
    await box1.locator('button.add-item').click();
    await fillItem(box1.locator('.item-form').nth(1), SERIALS[0][1], 'LAPTOP');
    await page.locator('#add-box').click();
    const box2 = form.locator('fieldset.box-form').nth(1);
    await fillItem(box2.locator('.item-form').nth(0), SERIALS[1][0], 'SCREEN');
    await fitsWidth();
    await shot('10-preparation-envoi');
    await assertAccessible(page, 'préparation d’un envoi / shipment preparation');
    await sentAfter(page, async () => {
      await form.locator('button[type=submit]').click();
      await page.locator('#sheet-b2').waitFor();
    });
    shipmentHash = new URL(page.url()).hash;
  });

  await step('la liste de colisage : un carton par page A4, chacun avec son QR / the packing list: a box per A4 page, each with its QR', async () => {
    expect((await page.locator('.sheet svg[role=img]').count()) === 2, 'two labels expected');
    const text = await page.locator('main').innerText();
    for (const serial of SERIALS.flat()) expect(text.includes(serial), `no ${serial} on the list`);
    await fitsWidth();
    await shot('11-liste-colisage');
    await assertAccessible(page, 'liste de colisage / packing list');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages === 2, `printed on ${pages} pages`);
  });

  await step('l’étiquette d’un carton mène au carton sur l’écran de réception / a box label leads to the box on the receiving screen', async () => {
    await page.locator('#sheet-b2 a', { hasText: 'Étiquette seule' }).click();
    await page.locator('main h2', { hasText: 'Étiquette B2' }).waitFor();
    expect((await page.locator('.sheet').count()) === 1, 'one label expected');
    const content = await page.locator('.sheet svg').getAttribute('data-content');
    expect(content.endsWith('/b2') && content.includes('#/s/seneclic/'), `QR content: ${content}`);
    await shot('12-etiquette');
    await assertAccessible(page, 'étiquette QR / QR label');
    await page.goto(content);
    // The label names one box: that one is opened and focused, and no other.
    const named = content.split('/').pop();
    await page.locator(`#box-${named}[open]`).waitFor();
    const opened = await page.evaluate(() => ({
      open: [...document.querySelectorAll('details[id^=box-]')].filter((d) => d.open).map((d) => d.id),
      focused: document.activeElement?.closest('details[id^=box-]')?.id ?? null,
    }));
    expect(opened.open.join() === `box-${named}` && opened.focused === `box-${named}`,
      `the label of ${named} opened ${opened.open.join() || 'no box'}, focus in ${opened.focused}`);
    await page.goto(`${base}/${shipmentHash}`);
    await page.locator('#sheet-b1').waitFor();
  });

  await step('il marque l’envoi expédié / he marks the shipment shipped', async () => {
    await sentAfter(page, () => page.locator('button', { hasText: 'expédié' }).click());
  });

  await step('sur le serveur, exactement ces enregistrements, une fois chacun / on the server, exactly those records, once each', async () => {
    const marc = await signIn(MARC);
    const { partnership: p } = await graphql(marc, `query { partnership(id: "${PARTNERSHIP}") {
      milestones { title side progress dueOn } reports { id periodStart periodEnd status submittedVersions activities results difficulties indicators { title target actual } }
      shipments { id title status } } }`);
    const milestones = p.milestones.filter((m) => m.title === MILESTONE);
    expect(milestones.length === 1, `${milestones.length} milestones « ${MILESTONE} »`);
    expect(milestones[0].progress === 40 && milestones[0].side === 'JOINT' && milestones[0].dueOn === '2027-03-31', `milestone: ${JSON.stringify(milestones[0])}`);
    const reports = p.reports.filter((r) => r.periodStart === PERIOD.start && r.periodEnd === PERIOD.end);
    expect(reports.length === 1, `${reports.length} reports for ${PERIOD.start}`);
    const report = reports[0];
    expect(report.status === 'SUBMITTED' && report.submittedVersions === 1, `report: ${report.status}, ${report.submittedVersions} versions`);
    expect(report.activities === ACTIVITIES && report.results === RESULTS && report.difficulties === 'Coupures d’électricité.', `report text: ${JSON.stringify(report)}`);
    expect(report.indicators.length === 1 && report.indicators[0].actual === 38 && report.indicators[0].target === 40, `indicators: ${JSON.stringify(report.indicators)}`);
    const shipments = p.shipments.filter((s) => s.title === SHIPMENT);
    expect(shipments.length === 1, `${shipments.length} shipments « ${SHIPMENT} »`);
    expect(shipments[0].status === 'SHIPPED', `shipment status ${shipments[0].status}`);
    const { shipment } = await graphql(marc, 'query($id: ID!) { shipment(id: $id) { boxes { id items { serialNumber refurbishment { grade } } } } }', { id: shipments[0].id });
    expect(JSON.stringify(shipment.boxes.map((b) => b.items.map((i) => i.serialNumber))) === JSON.stringify(SERIALS), `boxes: ${JSON.stringify(shipment.boxes)}`);
    expect(shipment.boxes.every((b) => b.items.every((i) => i.refurbishment.grade === 'B')), 'grades');
    expect(decodeURIComponent(shipmentHash.split('/')[3]) === shipments[0].id, `the id computed on the phone ${shipmentHash} is not the server's ${shipments[0].id}`);
  });
} finally {
  await finish();
}
