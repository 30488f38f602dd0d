// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: the
// researcher Hélène Dupuis (LISST-CIEU) opens the documents of SIG Guédiawaye, downloads her team's codebook as a CSV
// (the BOM, the French header, her team's coded passage in it, never a note she may not read), then finds a passage of
// the progress report by typing a word without its accents and in capitals (« DEJA » finds « déjà »), the word marked
// in the passage, and follows the result to the report's version. The North's Julien Roques searches for the words of
// her private note and finds nothing. Every screen gets the accessibility check.
//
//   node tests/web-e2e/research-search.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { readFileSync } from 'node:fs';
import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/research-search.mjs <base URL> <demo password>');
  process.exit(2);
}
const HELENE = 'helene.dupuis@lisst.example';
const JULIEN = 'julien.roques@castres-mazamet.example';
const PARTNERSHIP = 'sig-guediawaye';
const HEADER = 'Étiquettes;Passage;Commentaire;Document;Version;Section;Auteur;Équipe;Date';
const TEAM_CODE = 'appropriation, organisation communale;Appropriation inégale selon les services;';
const PRIVATE_NOTE = 'À croiser avec nos entretiens de janvier auprès des ONG locales.';

const { page, step, shot, finish } = await openStory('research-search', { acceptDownloads: true });

try {
  await step('Hélène ouvre les documents du partenariat / Hélène opens the partnership’s documents', async () => {
    await signInAs(page, base, password, HELENE);
    await page.goto(`${base}/#/d/${PARTNERSHIP}`);
    await page.locator('#corpus-search').waitFor();
    await fitsWidth(page);
    await assertAccessible(page, 'documents et recherche / documents and search');
  });

  await step('elle télécharge le codebook de son équipe / she downloads her team’s codebook', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-codebook').click()]);
    expect(download.suggestedFilename() === `codebook-${PARTNERSHIP}.csv`, `file name ${download.suggestedFilename()}`);
    const bytes = readFileSync(await download.path());
    expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'no UTF-8 byte order mark');
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0] === HEADER, `header: ${lines[0]}`);
    expect(lines.some((l) => l.startsWith(TEAM_CODE)), `no team code in: ${lines.slice(0, 5).join(' | ')}`);
  });

  await step('« DEJA » trouve « déjà », marqué dans le passage / « DEJA » finds « déjà », marked in the passage', async () => {
    await page.locator('#corpus-search').fill('DEJA organisation');
    await page.locator('form[role=search] button[type=submit]').click();
    const hit = page.locator('#search-results li', { hasText: 'Rapport d\'avancement du 01/01/2026 au 30/06/2026' }).first();
    await hit.waitFor();
    const marked = await hit.locator('mark').allInnerTexts();
    expect(marked.includes('déjà') && marked.includes('organisation'), `marked: ${JSON.stringify(marked)}`);
    await fitsWidth(page);
    await shot('19-recherche-sans-accents');
    await assertAccessible(page, 'résultats de recherche / search results');
    await hit.locator('a').click();
    await page.locator('[data-section=results]').waitFor();
    await assertAccessible(page, 'version trouvée / version found');
  });

  await step('Julien ne trouve pas la note privée d’Hélène / Julien does not find Hélène’s private note', async () => {
    await signInAs(page, base, password, JULIEN);
    await page.goto(`${base}/#/d/${PARTNERSHIP}`);
    await page.locator('#corpus-search').fill('croiser entretiens janvier');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.locator('#search-status', { hasText: /Aucun passage|sur/ }).waitFor();
    expect((await page.locator('#search-results li', { hasText: PRIVATE_NOTE }).count()) === 0, 'the private note was found by another person');
  });

  await step('dans tous ses partenariats, Julien trouve le rapport de Guédiawaye, et pas la note privée / in all his partnerships, Julien finds Guédiawaye’s report, and not the private note', async () => {
    await page.locator('#corpus-everywhere').check();
    await page.locator('#corpus-search').fill('DEJA organisation');
    await page.locator('form[role=search] button[type=submit]').click();
    const hit = page.locator('#search-results li', { hasText: 'Rapport d\'avancement du 01/01/2026 au 30/06/2026' }).first();
    await hit.locator('mark', { hasText: 'déjà' }).first().waitFor();
    await page.locator('#corpus-search').fill('croiser entretiens janvier');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.locator('#search-status', { hasText: /Aucun passage|sur/ }).waitFor();
    expect((await page.locator('#search-results li', { hasText: PRIVATE_NOTE }).count()) === 0, 'the private note was found across partnerships');
    await assertAccessible(page, 'recherche dans tous ses partenariats / search in all one’s partnerships');
  });
} finally {
  await finish();
}
