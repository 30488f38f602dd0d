// End to end, in a real headless Chromium against the real server: a page of another site that frames the app gets
// nothing. The app's answers say frame-ancestors 'none' (and X-Frame-Options: DENY), so a decoy page cannot lay the
// one-tap « Tout reçu » under a button of its own. Its own browser, apart from the stories': the refusal it expects is
// a policy report, which the stories count as a failure.
//
//   node tests/web-e2e/framing.mjs <base URL>
// Ends with "N passed, N failed" like the other stories.

import { chromium } from 'playwright-core';
import { expect } from './story.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node tests/web-e2e/framing.mjs <base URL>');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  const refusals = [];
  page.on('console', (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()) && refusals.push(m.text()));
  // The decoy: a page of another origin (about:blank's) with the app in a frame; setContent waits for the frame's load.
  await page.setContent(`<iframe src="${base}/" width="360" height="640"></iframe>`);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  const shown = framed ? await framed.locator('#app, #email').count().catch(() => 0) : 0;
  try {
    expect(shown === 0, `the app rendered inside another site's frame (${framed?.url()})`);
    expect(refusals.length > 0, 'the browser reported no frame-ancestors refusal');
    passed++;
    console.log('ok   une page d’un autre site qui encadre l’application n’obtient rien / a page of another site framing the app gets nothing');
  } catch (e) {
    failed++;
    console.log(`FAIL une page d’un autre site qui encadre l’application / a page of another site framing the app: ${e.message}`);
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
