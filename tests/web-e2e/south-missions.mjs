// End to end, in a real headless Chromium against the real server, the work between the two sides after a shipment
// and a report: Marc (Besançon, North) plans a field mission at his desk (1280 px), starts it and files its report
// twice (two versions, both readable), cancels another with the reason, and reads a shipment's reconciliation on a
// phone (360 px): the summary first, the missing and damaged items first, each in its verdict's colour and none with
// the received « ✓ »; he closes it with a note. Then Fatou (Dakar, South), offline on her phone, returns his report
// for changes with the reason, comments on the mission and records that a computer is installed; back online, each
// goes up once. The server, asked by GraphQL, holds exactly those records, once each. Screenshots at 360 px in
// French go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/south-missions.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, serverApi, signInAs as signInWith } from './story.mjs';
import { sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/south-missions.mjs <base URL> <demo password>');
  process.exit(2);
}
const MARC = 'marc.girard@besancon.example';
const FATOU = 'fatou.ndiaye@education.sn.example';
const PARTNERSHIP = 'seneclic';
// Names of this run's own, so that a second run against the same server finds its records once too.
const run = Date.now().toString(36);
const MISSION = `Visite des salles de Ngor (${run})`;
const CANCELLED = `Mission annulée (${run})`;
const SHIPMENT = `Envoi à rapprocher (${run})`;
// A past half-year of its own: the North's story takes the first halves of 2040–2089.
const YEAR = 1991 + (Date.now() % 29);
const PERIOD = { start: `${YEAR}-07-01`, end: `${YEAR}-12-31` };
const RETURN_REASON = 'Les effectifs formés manquent pour Yoff.';
const COMMENT = 'Les directeurs d’école ont bien reçu la mission.';
const SERIALS = [`OK-${run}`, `CASSE-${run}`, `PERDU-${run}`];

const { context, page, step, shot, finish, consoleErrors } = await openStory('south', { viewport: { width: 1280, height: 800 } });
const { signIn, graphql } = serverApi(base, password);
const mutate = (token, name, input) =>
  graphql(token, `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { clientMutationId } }`,
    { input: { clientMutationId: crypto.randomUUID(), ...input } });
/** Signs in through the sign-in screen, the previous person's tokens gone as after a sign-out. */
async function signInAs(email) {
  await signInWith(page, base, password, email);
  await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).waitFor();
}
let shipmentId = '';
let reportId = '';
let missionHash = '';

try {
  await step('le Nord remet un rapport, le Sud pointe un envoi (par l’API) / the North submits a report, the South checks a shipment (through the API)', async () => {
    const marc = await signIn(MARC);
    const fatou = await signIn(FATOU);
    const drafted = await graphql(marc, 'mutation($input: DraftReportInput!) { draftReport(input: $input) { report { id } } }',
      { input: { clientMutationId: crypto.randomUUID(), partnershipId: PARTNERSHIP, periodStart: PERIOD.start, periodEnd: PERIOD.end, activities: 'Formation de 40 enseignants.' } });
    reportId = drafted.draftReport.report.id;
    await mutate(marc, 'submitReport', { reportId });
    const item = (serialNumber) => ({ kind: 'LAPTOP', serialNumber, destination: 'École de Ngor', refurbishment: { dataWiped: true, tested: true, grade: 'A' } });
    const prepared = await graphql(marc, 'mutation($input: PrepareShipmentInput!) { prepareShipment(input: $input) { shipment { id } } }',
      { input: { clientMutationId: crypto.randomUUID(), partnershipId: PARTNERSHIP, title: SHIPMENT, boxes: [{ label: 'Carton 1', items: SERIALS.map(item) }] } });
    shipmentId = prepared.prepareShipment.shipment.id;
    for (const status of ['SHIPPED', 'IN_TRANSIT', 'ARRIVED']) await mutate(marc, 'advanceShipment', { shipmentId, status });
    await mutate(fatou, 'confirmShipmentItems', { shipmentId, verdicts: [
      { itemId: 'i1', verdict: 'RECEIVED' },
      { itemId: 'i2', verdict: 'DAMAGED', reason: 'Charnière cassée' },
      { itemId: 'i3', verdict: 'MISSING', reason: 'Absent du carton' },
    ] });
  });

  await step('à 1280 px, Marc planifie une mission / at 1280 px Marc plans a mission', async () => {
    await signInAs(MARC);
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator('#missions-link').click();
    await page.locator('#plan-mission-form').waitFor();
    await page.locator('#mission-title').fill(MISSION);
    await page.locator('#mission-start').fill('2027-02-01');
    await page.locator('#mission-end').fill('2027-02-05');
    await page.locator('#mission-travellers').fill('Marc Girard, Ville de Besançon');
    await page.locator('#mission-places').fill('Dakar, Sénégal\nNgor, Sénégal');
    await page.locator('#mission-objectives').fill('Voir les salles installées');
    await sentAfter(page, () => page.locator('#plan-mission').click());
    const link = page.locator('#missions a', { hasText: MISSION });
    await link.waitFor();
    missionHash = await link.getAttribute('href');
    await page.setViewportSize({ width: 360, height: 740 });
    await fitsWidth(page);
    await shot('20-missions');
    await assertAccessible(page, 'missions');
  });

  await step('un formulaire incomplet dit ce qui manque, dans les deux langues / an incomplete form says what is missing, in both languages', async () => {
    await page.locator('#mission-title').fill(CANCELLED);
    await page.locator('#plan-mission').click();
    const alert = await page.locator('#plan-mission-form [role=alert]').innerText();
    expect(alert.includes('Indiquez le premier et le dernier jour') && alert.includes('Give the first and the last day'), `alert: ${alert}`);
    expect(await page.evaluate(() => document.activeElement?.id) === 'mission-start', 'the first day is not focused');
  });

  await step('il annule une mission planifiée, avec la raison / he cancels a planned mission, with the reason', async () => {
    await page.locator('#mission-start').fill('2027-03-01');
    await page.locator('#mission-end').fill('2027-03-02');
    await page.locator('#mission-travellers').fill('Marc Girard, Ville de Besançon');
    await page.locator('#mission-places').fill('Yoff, Sénégal');
    await sentAfter(page, () => page.locator('#plan-mission').click());
    await page.locator('#missions a', { hasText: CANCELLED }).click();
    await page.locator('details', { hasText: 'Annuler la mission…' }).locator('summary').click();
    await page.locator('#cancel-mission').click();
    await page.locator('#main [role=alert]', { hasText: 'raison' }).waitFor();
    await page.locator('#cancel-reason').fill('Saison des pluies');
    await sentAfter(page, () => page.locator('#cancel-mission').click());
    await page.locator('#mission-status .tag', { hasText: 'annulé' }).waitFor();
    await page.locator('.refused', { hasText: 'Saison des pluies' }).waitFor();
  });

  await step('il démarre la mission et dépose deux versions du compte rendu / he starts the mission and files two report versions', async () => {
    await page.goto(new URL(missionHash, base).href);
    await sentAfter(page, () => page.locator('#start-mission').click());
    await page.locator('#mission-status .tag', { hasText: 'en cours' }).waitFor();
    await page.locator('#mission-whatWasDone').fill('Visite de quatre écoles.');
    await sentAfter(page, () => page.locator('#file-report').click());
    await page.locator('#report-latest', { hasText: 'Version 1' }).waitFor();
    await page.locator('#mission-report details summary', { hasText: 'nouvelle version' }).click();
    await page.locator('#mission-findings').fill('Deux salles sans onduleur.');
    await sentAfter(page, () => page.locator('#file-report').click());
    await page.locator('#report-latest', { hasText: 'Version 2' }).waitFor();
    expect(await page.locator('#report-latest').innerText().then((t) => t.includes('Deux salles sans onduleur')), 'version 2 lacks its findings');
    await page.locator('#mission-report details summary', { hasText: 'Version 1' }).waitFor();
    await fitsWidth(page);
    await shot('21-mission-nord');
    await assertAccessible(page, 'mission (Nord / North)');
  });

  await step('le rapprochement : le résumé d’abord, les problèmes d’abord, sans « ✓ » vert / the reconciliation: summary first, problems first, no green « ✓ »', async () => {
    await page.goto(`${base}/#/p/${PARTNERSHIP}`);
    await page.locator(`a[href="#/c/${PARTNERSHIP}/${encodeURIComponent(shipmentId)}"]`).click();
    await page.locator('#reconcile-summary').waitFor();
    const summary = await page.locator('#reconcile-summary').innerText();
    expect(summary.includes('manquant') && summary.includes('endommagé'), `summary: ${summary}`);
    const problems = page.locator('#reconcile-problems li');
    expect(await problems.count() === 2, `${await problems.count()} problems listed`);
    expect((await problems.nth(0).getAttribute('class')).includes('v-missing'), 'the missing item does not lead');
    expect((await problems.nth(1).getAttribute('class')).includes('v-damaged'), 'the damaged item is not second');
    for (const text of await problems.allInnerTexts()) expect(!text.includes('✓'), `a problem shows « ✓ »: ${text}`);
    const colours = await problems.evaluateAll((rows) => rows.map((r) => getComputedStyle(r).borderLeftColor));
    expect(colours[0] !== colours[1] && !colours.includes('rgb(47, 125, 50)'), `problem colours: ${colours}`);
    expect(await page.locator('#reconcile-received summary').innerText().then((t) => t.startsWith('1 ')), 'received items not folded under their count');
    expect(await page.locator('#main .life, #main button', { hasText: 'Reçu' }).count() === 0, 'the North is offered a verdict button');
    await fitsWidth(page);
    await shot('22-rapprochement');
    await assertAccessible(page, 'rapprochement / reconciliation');
    await page.locator('#reconcile-note').fill('Le portable manquant sera remplacé au prochain envoi.');
    await sentAfter(page, () => page.locator('#reconcile').click());
    await page.locator('#reconciled', { hasText: 'remplacé' }).waitFor();
  });

  await step('hors ligne, Fatou renvoie le rapport avec la raison / offline, Fatou returns the report with the reason', async () => {
    await signInAs(FATOU);
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator('#missions-link').waitFor();
    // Opened once online, as she would before leaving the office: the screens are kept for the road.
    await page.goto(`${base}/#/v/${PARTNERSHIP}/${PERIOD.start}_${PERIOD.end}`);
    await page.locator('#return-report').waitFor();
    await page.goto(new URL(missionHash.replace(/^#/, '#'), base).href);
    await page.locator('#mission-comments').waitFor();
    await page.goto(`${base}/#/v/${PARTNERSHIP}/${PERIOD.start}_${PERIOD.end}`);
    await page.locator('#return-report').waitFor();
    await shot('23-rapport-sud');
    await assertAccessible(page, 'réponse au rapport / report answer');
    await context.setOffline(true);
    await page.locator('#return-report').click();
    await page.locator('#answer [role=alert]').waitFor();
    await page.locator('#answer-comment').fill(RETURN_REASON);
    await page.locator('#return-report').click();
    await page.locator('#answer', { hasText: 'en attente d’envoi' }).waitFor();
    expect(await page.locator('#answer').innerText().then((t) => t.includes(RETURN_REASON)), 'the reason is not shown with the waiting answer');
  });

  await step('toujours hors ligne, elle commente la mission et note un ordinateur installé / still offline, she comments on the mission and records a computer installed', async () => {
    await page.goto(new URL(missionHash, base).href);
    await page.locator('#mission-comment').fill(COMMENT);
    await page.locator('#add-comment').click();
    await page.locator('#mission-comments li.pending', { hasText: COMMENT }).waitFor();
    const fold = page.locator('#mission-items details', { hasText: SHIPMENT });
    await fold.locator('summary').click();
    await fold.locator('li', { hasText: SERIALS[0] }).locator('button', { hasText: 'Installé' }).click();
    await fold.locator('li.pending', { hasText: SERIALS[0] }).filter({ hasText: 'installé' }).waitFor();
    expect(await fold.locator('li', { hasText: SERIALS[2] }).count() === 0, 'the missing computer is offered events');
    expect(await fold.locator('li', { hasText: SERIALS[1] }).count() === 1, 'the damaged computer is not offered events');
    expect(await page.locator('#pending').innerText().then((t) => t.includes('3 actions')), `pending line: ${await page.locator('#pending').innerText()}`);
    await fitsWidth(page);
    await shot('24-mission-sud-hors-ligne');
    await assertAccessible(page, 'mission (Sud / South)');
  });

  await step('de retour en ligne, tout part, une fois / back online, everything goes, once', async () => {
    await sentAfter(page, () => context.setOffline(false));
    await page.locator('#mission-comments li:not(.pending)', { hasText: COMMENT }).waitFor();
    await page.locator('#mission-items li:not(.pending)', { hasText: SERIALS[0] }).filter({ hasText: 'installé' }).waitFor();
    expect(await page.locator('#mission-comments li', { hasText: COMMENT }).count() === 1, 'the comment shows twice');
    const marc = await signIn(MARC);
    const { report } = await graphql(marc, `query { report(id: "${reportId}") { status latestReview { outcome comment } } }`);
    expect(report.status === 'RETURNED' && report.latestReview.comment === RETURN_REASON, `report: ${JSON.stringify(report)}`);
    const missionId = decodeURIComponent(missionHash.split('/').pop());
    const { mission } = await graphql(marc, `query { mission(id: "${missionId}") { status reportVersionCount comments { text } } }`);
    expect(mission.status === 'REPORTED' && mission.reportVersionCount === 2, `mission: ${JSON.stringify(mission)}`);
    expect(mission.comments.filter((c) => c.text === COMMENT).length === 1, `comments: ${JSON.stringify(mission.comments)}`);
    const { shipment } = await graphql(marc, `query { shipment(id: "${shipmentId}") { status items { id events { kind missionId } } } }`);
    const events = shipment.items.find((i) => i.id === 'i1').events;
    expect(shipment.status === 'RECONCILED', `shipment ${shipment.status}`);
    expect(events.length === 1 && events[0].kind === 'INSTALLED' && events[0].missionId === missionId, `events: ${JSON.stringify(events)}`);
    await shot('25-mission-sud');
    expect(consoleErrors.every((e) => !/TypeError|ReferenceError/.test(e)), `console: ${consoleErrors.join(' | ')}`);
  });
} finally {
  await finish();
}
