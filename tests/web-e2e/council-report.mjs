// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: Marc
// Girard (Ville de Besançon, North staff of Sénéclic) opens his partnership's page and downloads the council's report
// of 2026 (« Rapport au conseil 2026 ») as a PDF and as a workbook; each file has its name and is what it says it is.
// Fatou Ndiaye, South agent of the same partnership, sees no such section. The screen gets the accessibility check; a
// screenshot goes to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/council-report.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { readFileSync } from 'node:fs';
import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/council-report.mjs <base URL> <demo password>');
  process.exit(2);
}
const MARC = 'marc.girard@besancon.example';
const FATOU = 'fatou.ndiaye@education.sn.example';
const PARTNERSHIP = 'seneclic';
const YEAR = new Date().getUTCFullYear();

const { page, step, shot, finish } = await openStory('council-report', { acceptDownloads: true });

/** Clicks a download button and returns the file's suggested name and bytes. */
async function download(button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

try {
  await step(`Marc, du Nord, trouve le rapport au conseil ${YEAR} de Sénéclic / Marc, North staff, finds Sénéclic's council report ${YEAR}`, async () => {
    await signInAs(page, base, password, MARC);
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator('#council-report h3', { hasText: `Rapport au conseil ${YEAR}` }).waitFor();
    await page.locator('#council-report').scrollIntoViewIfNeeded();
    await fitsWidth(page);
    await shot('council-report');
    await assertAccessible(page, 'rapport au conseil / council report');
  });

  await step('il télécharge le PDF / he downloads the PDF', async () => {
    const { name, bytes } = await download('#council-pdf');
    expect(name === `rapport-conseil-${PARTNERSHIP}-${YEAR}.pdf`, `file name ${name}`);
    expect(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `first bytes ${bytes.subarray(0, 8).toString('latin1')}`);
  });

  await step('il télécharge le tableur / he downloads the spreadsheet', async () => {
    const { name, bytes } = await download('#council-xlsx');
    expect(name === `rapport-conseil-${PARTNERSHIP}-${YEAR}.xlsx`, `file name ${name}`);
    // An XLSX is a zip: « PK », then the first entry's header.
    expect(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04, `first bytes ${bytes.subarray(0, 4).toString('hex')}`);
  });

  await step('Fatou, du Sud, ne voit pas ces téléchargements / Fatou, South agent, does not see these downloads', async () => {
    await signInAs(page, base, password, FATOU);
    await page.locator(`a[href="#/p/${PARTNERSHIP}"]`).click();
    await page.locator('#missions-link').waitFor();
    expect((await page.locator('#council-report').count()) === 0, 'a South agent sees the council report section');
  });
} finally {
  await finish();
}
