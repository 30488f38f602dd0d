// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French (and once
// on a desktop's width): the fund's manager Isabelle Moreau opens a call for projects; Claire Martin (Ville du Havre)
// drafts Cerenum's file to it — project, amounts, co-financing, budget —, attaches the signed convention and the
// council's délibération as PDF files, which leave in 32 KB blocks through the resumable upload, and a letter of
// intent by its reference; offline, her draft stays on the phone and the screen says saving needs the network; back
// online she saves it, the checklist fills up, and she files it: version 1, frozen. Isabelle then assigns Thomas
// Garnier to SIG Guédiawaye's file, sees the conflict the partnership graph shows, overrides it with a reason (the
// reviewers' list shows both), assigns Paul Lefèvre to Cerenum's file and grants it; Claire reads the decision. The
// server, asked by GraphQL, holds exactly that. Every screen gets the accessibility check; screenshots go to
// web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/fund-desk.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { readFileSync } from 'node:fs';
import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, serverApi, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/fund-desk.mjs <base URL> <demo password>');
  process.exit(2);
}
const ISABELLE = 'isabelle.moreau@daect.example';
const CLAIRE = 'claire.martin@lehavre.example';
const THOMAS = 'thomas.garnier@daect.example';
const PAUL = 'paul.lefevre@daect.example';
const CODE = `fsn-e2e-${Date.now().toString(36)}`;
const CALL_TITLE = 'Appel à projets de bout en bout';
const PROJECT = 'Un espace public numérique à Saint-Louis';
const OVERRIDE = 'Seul instructeur spécialiste des SIG ; son lien avec le LISST-CIEU est connu et déclaré.';
const REASONS = 'Projet solide, cofinancement acquis, partenariat actif depuis 2019.';
/** A "PDF" of `size` bytes: the format's first bytes, then filler. */
const pdf = (size) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

const { context, page, step, shot, finish } = await openStory('fund-desk', { acceptDownloads: true });
const { signIn, graphql } = serverApi(base, password);
const fits = () => fitsWidth(page);
/** The same screen at a desktop's width, then back to the phone's. */
async function onDesktop(title) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await fits();
  await shot(`${title}-bureau`);
  await page.setViewportSize({ width: 360, height: 740 });
}
const signInOnPage = (email) => signInAs(page, base, password, email);

let applicationId = '';
try {
  await step('Isabelle, gestionnaire, ouvre un appel à projets / Isabelle, a manager, opens a call for projects', async () => {
    await signInOnPage(ISABELLE);
    await page.locator('#new-call-link').click();
    await page.locator('#new-call').waitFor();
    // The app's own messages, not the browser's bubbles: an empty envelope is named.
    await page.locator('#open-call').click();
    await page.locator('#new-call [role=alert]', { hasText: 'l’enveloppe en euros' }).waitFor();
    await page.locator('#call-code').fill(CODE);
    await page.locator('#call-title').fill(CALL_TITLE);
    await page.locator('#call-envelope').fill('200000');
    await page.locator('#call-deadline').fill(`${new Date().getUTCFullYear() + 1}-06-30`);
    await fits();
    await shot('30-ouvrir-un-appel');
    await assertAccessible(page, 'ouvrir un appel à projets / opening a call for projects');
    await onDesktop('30-ouvrir-un-appel');
    await page.locator('#open-call').click();
    await page.locator('main h2', { hasText: CALL_TITLE }).waitFor();
  });

  await step('elle corrige l’enveloppe et un poids de la grille / she corrects the envelope and a weight of the rubric', async () => {
    await page.locator('#edit-call-link').click();
    await page.locator('#edit-call').waitFor();
    expect(await page.locator('#call-code').inputValue() === CODE && await page.locator('#call-code').getAttribute('readonly') !== null, 'the code is not shown read-only');
    expect(await page.locator('#call-envelope').inputValue() === '200000', 'the envelope is not filled in');
    await page.locator('#call-envelope').fill('250000');
    await page.locator('#crit-0-weight').fill('4');
    await fits();
    await shot('30b-modifier-un-appel');
    await assertAccessible(page, 'modifier un appel à projets / editing a call for projects');
    await page.locator('#save-call').click();
    await page.locator('main p', { hasText: /250\s000\s€/ }).waitFor();
    const { fundCall } = await graphql(await signIn(ISABELLE), 'query ($id: ID!) { fundCall(id: $id) { title envelope criteria { weight } } }', { id: CODE });
    expect(fundCall.title === CALL_TITLE && Number(fundCall.envelope) === 250000 && fundCall.criteria[0].weight === 4, `call: ${JSON.stringify(fundCall)}`);
  });

  await step('Claire, du Havre, rédige le dossier de Cerenum / Claire, of Le Havre, drafts Cerenum’s file', async () => {
    await signInOnPage(CLAIRE);
    const call = page.locator('#fund-applications li', { hasText: CALL_TITLE });
    await call.locator('button', { hasText: 'Rédiger un dossier' }).click();
    await page.locator('#draft').waitFor();
    applicationId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    expect((await page.locator('#checklist li.pending').count()) >= 5, 'an empty draft should have gaps');
    await page.locator('#f-title').fill(PROJECT);
    await page.locator('#f-description').fill('Ouvrir un espace public numérique à l’ARD de Saint-Louis, équipé d’ordinateurs reconditionnés au Havre.');
    await page.locator('#f-expectedResults').fill('Deux cents habitants formés ; un animateur numérique en poste.');
    await page.locator('#f-requestedAmount').fill('30000');
    await page.locator('button', { hasText: 'Ajouter un cofinancement' }).click();
    await page.locator('#co-0-funder').fill('Ville du Havre (fonds propres)');
    await page.locator('#co-0-amount').fill('10000');
    await page.locator('label[for=co-0-secured]').click();
    await page.locator('button', { hasText: 'Ajouter une ligne de budget' }).click();
    await page.locator('#budget-0-label').fill('Équipement et formation');
    await page.locator('#budget-0-amount').fill('40000');
  });

  await step('elle joint la convention et la délibération en PDF, et une lettre par sa référence / she attaches the convention and the délibération as PDF, and a letter by its reference', async () => {
    await page.locator('#piece-kind').selectOption('SIGNED_PARTNERSHIP_AGREEMENT');
    await page.locator('#piece-name').fill('Convention Le Havre – Saint-Louis');
    await page.locator('#piece-file').setInputFiles({ name: 'convention.pdf', mimeType: 'application/pdf', buffer: pdf(100_000) });
    await page.locator('#pieces li', { hasText: 'Convention Le Havre' }).waitFor();
    await page.locator('#piece-kind').selectOption('COUNCIL_DELIBERATION');
    await page.locator('#piece-name').fill('Délibération du conseil municipal');
    await page.locator('#piece-file').setInputFiles({ name: 'deliberation.pdf', mimeType: 'application/pdf', buffer: pdf(40_000) });
    await page.locator('#pieces li', { hasText: 'Délibération du conseil' }).waitFor();
    await page.locator('#piece-kind').selectOption('COSTED_LETTER_OF_INTENT');
    await page.locator('#piece-name').fill('Lettre d’intention de l’ARD de Saint-Louis');
    await page.locator('#piece-reference').fill('Lettre du 12 janvier 2026');
    await page.locator('button', { hasText: 'Ajouter la référence' }).click();
    await page.locator('#pieces li', { hasText: 'Lettre d’intention' }).waitFor();
    // Both files leave with the sync, in blocks: the line under each says when they are there.
    await page.locator('#pieces li', { hasText: 'Convention Le Havre' }).locator('.piece-status', { hasText: 'Fichier envoyé' }).waitFor({ timeout: 60_000 });
    await page.locator('#pieces li', { hasText: 'Délibération' }).locator('.piece-status', { hasText: 'Fichier envoyé' }).waitFor({ timeout: 60_000 });
  });

  await step('hors ligne, le brouillon reste sur le téléphone et l’écran le dit / offline, the draft stays on the phone and the screen says so', async () => {
    await context.setOffline(true);
    await page.locator('#network-line', { hasText: 'Hors ligne' }).waitFor();
    await page.locator('#save-draft').click();
    await page.locator('#draft [role=alert]', { hasText: 'le brouillon reste gardé sur ce téléphone' }).waitFor();
    await fits();
    await shot('31-dossier-hors-ligne');
    await assertAccessible(page, 'dossier de candidature hors ligne / an application offline');
    await context.setOffline(false);
    await page.reload();
    await page.locator('#draft').waitFor();
    expect(await page.locator('#f-title').inputValue() === PROJECT, 'the typed title was not kept on the phone');
    expect((await page.locator('#pieces li').count()) === 3, 'the pieces were not kept on the phone');
  });

  await step('en ligne, elle l’enregistre : la liste de contrôle est complète / online, she saves it: the checklist is complete', async () => {
    await page.locator('#save-draft').click();
    await page.locator('#draft [role=status]', { hasText: 'Brouillon enregistré' }).waitFor();
    await page.locator('#checklist', { hasText: 'Tout est prêt' }).waitFor();
    expect((await page.locator('#checklist li.pending').count()) === 0, 'the checklist still has gaps');
    await fits();
    await shot('32-dossier-pret');
    await assertAccessible(page, 'dossier de candidature prêt / an application ready to file');
    await onDesktop('32-dossier-pret');
  });

  await step('elle dépose le dossier : version 1, figée / she files it: version 1, frozen', async () => {
    await page.locator('#file-application').click();
    await page.locator('#checklist [role=status]', { hasText: 'version n° 1' }).waitFor();
    await page.locator('#file-status', { hasText: 'déposé' }).waitFor();
    await page.locator('#versions li', { hasText: 'Version n° 1' }).waitFor();
    expect((await page.locator('#draft input').count()) === 0, 'a filed version is still editable');
    await shot('33-dossier-depose');
    await assertAccessible(page, 'dossier déposé / a filed application');
  });

  await step('Isabelle désigne Thomas sur SIG Guédiawaye : conflit affiché, dérogation motivée / Isabelle assigns Thomas to SIG Guédiawaye: conflict shown, override with a reason', async () => {
    await signInOnPage(ISABELLE);
    await page.locator('#fund-calls a', { hasText: 'Appel à projets 2026' }).click();
    await page.locator('#ranking a', { hasText: 'n° 1' }).click();
    await page.locator('#assign').waitFor();
    await page.locator('#reviewer-email').fill(THOMAS);
    await page.locator('#assign-reviewer').click();
    await page.locator('#found-conflicts [role=alert]', { hasText: 'SIG Guédiawaye' }).waitFor();
    // Without a reason, nothing is sent.
    await page.locator('#assign-reviewer').click();
    await page.locator('#assign-said [role=alert]', { hasText: 'motif de la dérogation est obligatoire' }).waitFor();
    await page.locator('#override-reason').fill(OVERRIDE);
    await fits();
    await shot('34-conflit-detecte');
    await assertAccessible(page, 'conflit d’intérêts détecté / conflict of interest detected');
    await page.locator('#assign-reviewer').click();
    const thomas = page.locator('#reviewers li', { hasText: 'Thomas Garnier' });
    await thomas.locator('.conflicts', { hasText: 'SIG Guédiawaye' }).waitFor();
    expect((await thomas.innerText()).includes(OVERRIDE), 'the override reason is not shown beside the conflict');
    await shot('35-instructeurs-et-derogation');
    await assertAccessible(page, 'instructeurs et dérogation / reviewers and override');
    await onDesktop('35-instructeurs-et-derogation');
  });

  await step('elle désigne Paul sur le dossier de Cerenum et accorde la subvention / she assigns Paul to Cerenum’s file and grants it', async () => {
    await page.goto(`${base}/#/m/${CODE}`);
    await page.locator('#ranking a', { hasText: 'n° 1' }).click();
    await page.locator('#assign').waitFor();
    await page.locator('#reviewer-email').fill(PAUL);
    await page.locator('#assign-reviewer').click();
    await page.locator('#reviewers li', { hasText: 'Paul Lefèvre' }).waitFor();
    await page.locator('#file-status', { hasText: 'en instruction' }).waitFor();
    // Offline, a decision is not sent and the screen says why.
    await context.setOffline(true);
    await page.locator('#network-line', { hasText: 'Hors ligne' }).waitFor();
    await page.locator('#decision-reasons').fill(REASONS);
    await page.locator('#grant-amount').fill('25000');
    await page.locator('#grant').click();
    await page.locator('#decide-said [role=alert]', { hasText: 'Hors ligne' }).waitFor();
    await context.setOffline(false);
    await page.locator('#grant').click();
    await page.locator('#decision', { hasText: 'Accordé' }).waitFor();
    await fits();
    await shot('36-subvention-accordee');
    await assertAccessible(page, 'décision d’un dossier / deciding a file');
  });

  await step('Isabelle puis Paul, instructeur, ouvrent la délibération en PDF / Isabelle, then Paul, a reviewer, open the délibération as a PDF', async () => {
    const open = async () => {
      const piece = page.locator('#file-pieces li', { hasText: 'Délibération du conseil municipal' });
      const [download] = await Promise.all([page.waitForEvent('download'), piece.locator('button.open-piece').click()]);
      const bytes = readFileSync(await download.path());
      expect(download.suggestedFilename() === 'Délibération du conseil municipal.pdf', `file name ${download.suggestedFilename()}`);
      expect(bytes.length === 40_000 && bytes.subarray(0, 5).toString() === '%PDF-', `the downloaded piece has ${bytes.length} bytes`);
    };
    await open();
    await signInOnPage(PAUL);
    await page.goto(`${base}/#/f/${encodeURIComponent(applicationId)}`);
    await page.locator('#file-pieces').waitFor();
    await open();
    await shot('36b-pieces-du-dossier');
    await assertAccessible(page, 'pièces d’un dossier / a file’s pieces');
  });

  await step('la grille de l’appel est figée depuis la désignation / the call’s rubric froze at the assignment', async () => {
    await signInOnPage(ISABELLE);
    await page.goto(`${base}/#/o/${CODE}`);
    await page.locator('#rubric-frozen').waitFor();
    expect(await page.locator('#crit-0-weight').isDisabled() && await page.locator('#call-blind').isDisabled(), 'the frozen rubric is still editable');
    expect(await page.locator('#call-title').isEditable(), 'the title can no longer be edited');
  });

  await step('Claire lit la décision sur son dossier / Claire reads the decision on her file', async () => {
    await signInOnPage(CLAIRE);
    await page.locator('#fund-applications li', { hasText: CALL_TITLE }).locator('a').click();
    await page.locator('#decision', { hasText: 'Subvention accordée' }).waitFor();
    expect((await page.locator('#decision').innerText()).includes(REASONS), 'the reasons are not shown to the applicant');
  });

  await step('le serveur tient exactement cela / the server holds exactly that', async () => {
    const token = await signIn(ISABELLE);
    const { fundApplication: file } = await graphql(token, `query ($id: ID!) { fundApplication(id: $id) {
      status submittedVersions decision { granted amount reasons } pieces { kind uploadId documentReference }
      reviews { reviewer detectedConflicts { reason } } } }`, { id: applicationId });
    expect(file.status === 'GRANTED' && file.submittedVersions === 1 && file.decision.amount === 25000 && file.decision.reasons === REASONS,
      `file: ${JSON.stringify(file)}`);
    expect(file.pieces.filter((p) => p.uploadId).length === 2 && file.pieces.filter((p) => p.documentReference).length === 1, `pieces: ${JSON.stringify(file.pieces)}`);
    expect(file.reviews.length === 1 && file.reviews[0].detectedConflicts.length === 0, `reviews: ${JSON.stringify(file.reviews)}`);
    const claire = await signIn(CLAIRE);
    const { fundApplication: mine } = await graphql(claire, 'query ($id: ID!) { fundApplication(id: $id) { partnership { slug } pieces { uploadId } } }', { id: applicationId });
    for (const piece of mine.pieces.filter((p) => p.uploadId)) {
      const { upload } = await graphql(claire, 'query ($p: ID!, $u: String!) { upload(partnershipId: $p, uploadId: $u) { status contentType applicationId } }',
        { p: mine.partnership.slug, u: piece.uploadId });
      expect(upload.status === 'COMMITTED' && upload.contentType === 'application/pdf' && upload.applicationId, `upload: ${JSON.stringify(upload)}`);
    }
    const { fundCall } = await graphql(token, '{ fundCall(id: "fsn-2026") { applications { number reviews { reviewer overrideReason detectedConflicts { reason } } } } }');
    const sig = fundCall.applications.find((a) => a.number === 1);
    const thomas = sig.reviews.filter((r) => r.reviewer.startsWith('Thomas Garnier'));
    expect(thomas.length === 1 && thomas[0].overrideReason === OVERRIDE && thomas[0].detectedConflicts.length >= 1, `SIG's reviews: ${JSON.stringify(sig.reviews)}`);
  });
} finally {
  await finish();
}
