// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: the fund's
// reviewer Paul Lefèvre opens the file of SIG Guédiawaye, cites a passage of it by selecting the text, scores every
// criterion and submits his review; the fund's manager Isabelle Moreau finds it in the call's ranking and downloads the
// CSV; the researcher Hélène Dupuis (LISST-CIEU), offline, annotates a passage of the partnership's progress report by
// selecting it and replies to a thread, reloads still offline and finds both pending, then syncs and exports the
// annotations as JSON-LD. Then the server, asked by GraphQL, holds exactly those records, once each; with more than a
// page of threads on the version, the oldest come with « Voir plus ». Every screen gets
// the accessibility check; screenshots go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/review-annotate.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { readFileSync } from 'node:fs';
import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi, signOutOnPage } from './story.mjs';
import { sentAfter } from './waits.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/review-annotate.mjs <base URL> <demo password>');
  process.exit(2);
}
const PAUL = 'paul.lefevre@daect.example';
const ISABELLE = 'isabelle.moreau@daect.example';
const HELENE = 'helene.dupuis@lisst.example';
const FILE_NUMBER = 1; // SIG Guédiawaye's file in the seeded call fsn-2026
const CITED = 'forme les citoyens et les acteurs des ONG locales à l\'usage des TIC';
const CITED_FOR = 'appropriation';
// Weights 3, 2, 2, 1, 2 on a scale of 0 to 5: (3×4 + 2×4 + 2×5 + 1×3 + 2×4) / (10×5) = 82 / 100.
const SCORES = { 'fracture-numerique': 4, partenariat: 4, appropriation: 5, 'troisieme-partenaire': 3, budget: 4 };
const WEIGHTED = 82;
const PARTNERSHIP = 'sig-guediawaye';
const ANNOTATED = 'produire des contenus territoriaux de proximité';
const NOTE = 'Quels contenus, et produits par qui ? À rapprocher des ateliers de l’Agenda 21.';
const REPLY = 'Nos entretiens de janvier montrent une demande forte des ONG pour ces contenus.';
const THREAD = 'lisst-portail'; // the seeded question on the report, answered by Castres-Mazamet

const { context, page, step, shot, finish, consoleErrors } = await openStory('review', { acceptDownloads: true });
const { signIn, graphql, post } = serverApi(base, password);
const pendingLine = () => page.locator('#pending').innerText();
/** Nothing wider than the screen: usable at 360 px without sideways scrolling (tables scroll in their own box). */
async function fitsWidth() {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide <= 1, `the page is ${wide} px wider than the screen`);
}

/** Signs in on the page (after signing the previous person out, if any). */
async function signInOnPage(email) {
  if (await page.locator('header .menu').count()) {
    await signOutOnPage(page);
  } else {
    await page.goto(base);
  }
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('main h2').first().waitFor();
}

/**
 * Selects `text` in a section of the page as a person dragging over it would leave it: a range in the section's text
 * (through its highlights' marks, if any), put in the document's selection, which the screen reads.
 */
async function selectText(section, text) {
  const found = await page.evaluate(([name, wanted]) => {
    const element = document.querySelector(`[data-section="${name}"]`);
    if (!element) return false;
    const at = element.textContent.indexOf(wanted);
    if (at < 0) return false;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue.length;
      if (seen <= at && at < seen + length) range.setStart(node, at - seen);
      if (seen < at + wanted.length && at + wanted.length <= seen + length) range.setEnd(node, at + wanted.length - seen);
      seen += length;
    }
    element.scrollIntoView();
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }, [section, text]);
  expect(found, `« ${text} » is not in the section ${section}`);
  await page.locator('.picked q', { hasText: text }).waitFor();
}

let applicationId = '';
let reportId = '';
let descriptionAt = -1;
let annotatedAt = -1;

try {
  await step('Paul, instructeur, trouve ses dossiers à instruire / Paul, a reviewer, finds his files to review', async () => {
    await signInOnPage(PAUL);
    await page.locator('#assignments h2', { hasText: 'Mes dossiers à instruire' }).waitFor();
    const link = page.locator('#assignments a', { hasText: `Dossier n° ${FILE_NUMBER}` });
    expect((await page.locator('#assignments li').count()) === 2, 'two files expected');
    expect((await link.locator('xpath=..').innerText()).includes('à évaluer'), 'the file is not shown as to review');
    await fitsWidth();
    await shot('13-dossiers-a-instruire');
    await assertAccessible(page, 'dossiers à instruire / files to review');
    await link.click();
    await page.locator('#review-form').waitFor();
    applicationId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  });

  await step('il cite un passage du dossier en le sélectionnant / he cites a passage of the file by selecting it', async () => {
    await selectText('description', CITED);
    await page.locator(`#criterion-${CITED_FOR} button.cite`).click();
    await page.locator(`#criterion-${CITED_FOR} .citations q`, { hasText: CITED }).waitFor();
    const marked = await page.locator('[data-section=description] mark').allInnerTexts();
    expect(marked.join('') === CITED, `highlighted: ${JSON.stringify(marked)}`);
    descriptionAt = await page.evaluate(() => document.querySelector('[data-section=description]').textContent.indexOf("forme les citoyens et les acteurs des ONG locales à l'usage des TIC"));
    // A citation is removable: one more, removed again.
    await selectText('expectedResults', 'Trois cents citoyens');
    await page.locator('#criterion-budget button.cite').click();
    await page.locator('#criterion-budget .citations button', { hasText: 'Retirer' }).click();
    expect((await page.locator('#criterion-budget .citations li').count()) === 0, 'the removed citation is still listed');
  });

  await step('il note chaque critère et transmet son évaluation / he scores every criterion and submits his review', async () => {
    for (const [criterion, score] of Object.entries(SCORES)) {
      await page.locator(`#criterion-${criterion}-score`).fill(String(score));
      await page.locator(`#criterion-${criterion}-justification`).fill(`Justification du critère ${criterion} : note ${score}.`);
    }
    await page.locator('#review-form button[type=submit]').click();
    await page.locator('#review-status', { hasText: `${WEIGHTED} / 100` }).waitFor();
    await fitsWidth();
    await shot('14-evaluation-citation');
    await assertAccessible(page, 'évaluation d’un dossier / reviewing a file');
    expect((await page.locator('label[for=review-comment]').innerText()).startsWith('Commentaire général — facultatif'), 'the general comment is not labelled plainly');
    await page.locator('#submit-review').click();
    await page.locator('#review-status h3', { hasText: 'Évaluation transmise' }).waitFor();
    expect((await page.locator('#review-status .quote', { hasText: CITED }).count()) === 1, 'the citation is not shown in the submitted review');
  });

  await step('Isabelle, gestionnaire, voit l’évaluation dans le classement / Isabelle, a manager, sees the review in the ranking', async () => {
    await signInOnPage(ISABELLE);
    await page.locator('#fund-calls a', { hasText: 'Appel à projets 2026' }).click();
    await page.locator('#ranking').waitFor();
    const row = page.locator(`#ranking tr[data-number="${FILE_NUMBER}"]`);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0] === '1' && cells[3] === String(WEIGHTED) && cells[4] === '1', `ranking row: ${JSON.stringify(cells)}`);
    await fitsWidth();
    await shot('15-classement');
    await assertAccessible(page, 'classement d’un appel / a call’s ranking');
  });

  await step('elle télécharge le classement en CSV / she downloads the ranking as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    const bytes = readFileSync(await download.path());
    expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'no UTF-8 byte order mark (a French Excel needs it)');
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n').map((l) => l.split(';'));
    expect(lines[0][0] === 'Rang' && lines.length === 3, `CSV: ${JSON.stringify(lines)}`);
    const sig = lines.filter((l) => l[1] === String(FILE_NUMBER));
    expect(sig.length === 1 && sig[0][0] === '1' && sig[0][6] === String(WEIGHTED) && sig[0][7] === '1' && sig[0][3].includes('Castres-Mazamet'),
      `SIG Guédiawaye's line: ${JSON.stringify(sig)}`);
    expect(download.suggestedFilename() === 'classement-fsn-2026.csv', `file name ${download.suggestedFilename()}`);
  });

  await step('Hélène, chercheuse, ouvre le rapport de SIG Guédiawaye / Hélène, a researcher, opens SIG Guédiawaye’s report', async () => {
    await signInOnPage(HELENE);
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    // The size of the screen behind a link is told beside it, never in the link's name.
    expect(!(await page.locator('#annotate-documents').innerText()).includes('Ko'), 'a size hint is inside the link’s name');
    await page.locator('#annotate-documents').click();
    await page.locator('main h2', { hasText: 'Rapports et missions à annoter' }).waitFor();
    await fitsWidth();
    await shot('16-documents-a-annoter');
    await assertAccessible(page, 'documents à annoter / documents to annotate');
    await page.locator('main a', { hasText: 'version 1' }).first().click();
    await page.locator(`#annotation-${THREAD}`).waitFor();
    reportId = decodeURIComponent(new URL(page.url()).hash.split('/')[4]);
    expect((await page.locator(`#annotation-${THREAD} .thread li`).count()) === 1, 'the seeded thread has one reply');
  });

  await step('hors ligne, elle annote un passage sélectionné et répond à un fil / offline, she annotates a selected passage and replies to a thread', async () => {
    await context.setOffline(true);
    await selectText('nextSteps', ANNOTATED);
    await page.locator('#annotation-motivation').selectOption('QUESTIONING');
    expect((await page.locator('label[for=annotation-motivation]').innerText()).startsWith('Type de note'), 'the kind of note is labelled « Type de note »');
    expect(await page.locator('#annotation-visibility').inputValue() === 'PRIVATE', 'a new note is the researcher’s own until she shares it');
    await page.locator('#annotation-visibility').selectOption('PARTNERSHIP');
    await page.locator('#annotation-text').fill(NOTE);
    await page.locator('#annotate-form button[type=submit]').click();
    await page.locator('#pending', { hasText: '1 action en attente' }).waitFor();
    await page.locator('#annotations li.pending', { hasText: NOTE }).waitFor();
    expect((await page.locator('[data-section=nextSteps] mark.pending').allInnerTexts()).join('') === ANNOTATED, 'the pending passage is not highlighted');
    const thread = page.locator(`#annotation-${THREAD}`);
    await thread.locator('details.reply-form summary').click();
    await thread.locator('textarea').fill(REPLY);
    await thread.locator('details.reply-form button[type=submit]').click();
    await page.locator('#pending', { hasText: '2 actions en attente' }).waitFor();
    await page.locator(`#annotation-${THREAD} .thread li.pending`, { hasText: REPLY }).waitFor();
    annotatedAt = await page.evaluate((t) => document.querySelector('[data-section=nextSteps]').textContent.indexOf(t), ANNOTATED);
    await fitsWidth();
    await shot('17-annotation-hors-ligne');
    await assertAccessible(page, 'annotation d’un rapport / annotating a report');
  });

  await step('rechargée hors ligne, l’annotation et la réponse attendent toujours / reloaded offline, the annotation and the reply still wait', async () => {
    await page.reload();
    await page.locator('#annotations li.pending', { hasText: NOTE }).waitFor();
    await page.locator(`#annotation-${THREAD} .thread li.pending`, { hasText: REPLY }).waitFor();
    expect((await pendingLine()).startsWith('2 actions en attente'), `pending line: ${await pendingLine()}`);
  });

  await step('en ligne, elles partent ; l’annotation est surlignée à sa place / online they go; the annotation is highlighted in place', async () => {
    await context.setOffline(false);
    await sentAfter(page, () => page.locator('#sync').click());
    await page.locator('#annotations li.annotation:not(.pending)', { hasText: NOTE }).waitFor();
    await page.locator(`#annotation-${THREAD} .thread li:not(.pending)`, { hasText: REPLY }).waitFor();
    expect((await page.locator('[data-section=nextSteps] mark:not(.pending)').allInnerTexts()).join('') === ANNOTATED, 'the annotation is not highlighted');
  });

  await step('elle exporte les annotations en JSON-LD / she exports the annotations as JSON-LD', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-jsonld').click()]);
    const collection = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const items = collection.first?.items ?? collection.items ?? [];
    const text = JSON.stringify(collection);
    expect(JSON.stringify(collection.type).includes('AnnotationCollection'), `type ${JSON.stringify(collection.type)}`);
    expect(text.includes(NOTE) && text.includes(REPLY) && text.includes(ANNOTATED), `export: ${text.slice(0, 300)}… (${items.length} items)`);
  });

  await step('sur le serveur, exactement ces enregistrements, une fois chacun / on the server, exactly those records, once each', async () => {
    const paul = await signIn(PAUL);
    const { fundApplication: file } = await graphql(paul, `query($id: ID!) { fundApplication(id: $id) { number reviews {
      submitted scores { criterionKey score citations { section exact start end } } } } }`, { id: applicationId });
    expect(file.number === FILE_NUMBER && file.reviews.length === 1 && file.reviews[0].submitted, `reviews: ${JSON.stringify(file.reviews)}`);
    const scores = file.reviews[0].scores;
    expect(scores.length === 5 && scores.every((s) => s.score === SCORES[s.criterionKey]), `scores: ${JSON.stringify(scores)}`);
    const citations = scores.flatMap((s) => s.citations.map((c) => ({ ...c, criterion: s.criterionKey })));
    expect(citations.length === 1, `${citations.length} citations: ${JSON.stringify(citations)}`);
    const [c] = citations;
    expect(c.criterion === CITED_FOR && c.section === 'description' && c.exact === CITED && c.start === descriptionAt && c.end === descriptionAt + CITED.length,
      `citation: ${JSON.stringify(c)} (expected at ${descriptionAt})`);

    const helene = await signIn(HELENE);
    const { annotations: threads } = await graphql(helene, `query($t: AnnotationTargetInput!) { annotations(target: $t, first: 100) {
      nodes { annotations { selector { section exact start end } annotation { annotationId replyTo motivation text visibility } } } } }`,
    { t: { kind: 'PROGRESS_REPORT', id: reportId, version: 1 } });
    const annotations = threads.nodes.flatMap((t) => t.annotations);
    const mine = annotations.filter((a) => a.annotation.text === NOTE);
    expect(mine.length === 1, `${mine.length} annotations « ${NOTE} »`);
    const s = mine[0].selector;
    expect(s.section === 'nextSteps' && s.exact === ANNOTATED && s.start === annotatedAt && s.end === annotatedAt + ANNOTATED.length
      && mine[0].annotation.motivation === 'QUESTIONING' && mine[0].annotation.visibility === 'PARTNERSHIP', `annotation: ${JSON.stringify(mine[0])}`);
    const replies = annotations.filter((a) => a.annotation.text === REPLY);
    expect(replies.length === 1 && replies[0].annotation.replyTo === THREAD && replies[0].annotation.motivation === 'REPLYING', `replies: ${JSON.stringify(replies)}`);
  });

  await step('avec plus de vingt fils, les plus anciens viennent par « Voir plus » / with more than twenty threads, the oldest come with « Show more »', async () => {
    const helene = await signIn(HELENE);
    for (let n = 1; n <= 20; n++) {
      await graphql(helene, 'mutation($i: AnnotateInput!) { annotate(input: $i) { clientMutationId } }', { i: {
        clientMutationId: `e2e-fil-${n}-${Date.now()}`, annotationId: `e2e-fil-${n}-${Date.now()}`, target: { kind: 'PROGRESS_REPORT', id: reportId, version: 1 },
        selector: { section: 'nextSteps', exact: ANNOTATED, start: annotatedAt, end: annotatedAt + ANNOTATED.length },
        motivation: 'COMMENTING', text: `Fil de relecture n° ${n}`, visibility: 'PARTNERSHIP',
      } });
    }
    await page.reload();
    await page.locator('#annotations li.annotation', { hasText: 'Fil de relecture n° 20' }).waitFor();
    expect((await page.locator(`#annotation-${THREAD}`).count()) === 0, 'the oldest thread is on the first page');
    const more = page.locator('#older-annotations');
    expect((await more.innerText()).includes('Voir plus'), `button: ${await more.innerText()}`);
    await more.click();
    await page.locator(`#annotation-${THREAD} .thread li`, { hasText: REPLY }).waitFor();
    expect((await page.locator('#older-annotations').count()) === 0, 'no « Voir plus » once every thread is shown');
    expect((await page.locator('#annotations li.annotation', { hasText: NOTE }).count()) === 1, 'a thread shown twice');
    await fitsWidth();
    await shot('18-annotations-voir-plus');
    await assertAccessible(page, 'fils plus anciens / older threads');
  });
} finally {
  await finish();
}
