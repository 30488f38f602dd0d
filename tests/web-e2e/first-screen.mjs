// B2 of DESIGN §5, the browser's half: Debian's chromium on a fresh profile, CPU slowed ×4 as on a cheap phone,
// opens the web client through the link emulator's address. It times the first usable screens, cold and then offline
// from the service worker's cache, and stops at each mark until the benchmark, which holds the emulator's counters,
// answers on stdin: the bytes and requests of each phase are the emulator's, not the browser's own reckoning.
//
//   node tests/web-e2e/first-screen.mjs <link base URL> <email> <password>
// Prints "MARK <phase> <milliseconds>" and waits for a line after each.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const [base, email, password] = process.argv.slice(2);
if (!base || !email || !password) {
  console.error('usage: node tests/web-e2e/first-screen.mjs <link base URL> <email> <password>');
  process.exit(2);
}
const stdin = createInterface({ input: process.stdin });
const answers = stdin[Symbol.asyncIterator]();
async function mark(phase, ms) {
  console.log(`MARK ${phase} ${Math.round(ms)}`);
  await answers.next();
}

const userData = mkdtempSync(join(tmpdir(), 'cooperation-b2-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-pings', '--disable-domain-reliability'],
  viewport: { width: 360, height: 740 },
  locale: 'fr-FR',
});
context.setDefaultTimeout(120_000);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const home = page.locator('a[href^="#/p/"]').first();

  // Cold: nothing in the profile; from the navigation to a sign-in form one can type in.
  let start = performance.now();
  await page.goto(base, { waitUntil: 'commit' });
  await page.locator('#email:enabled').waitFor();
  await mark('cold-sign-in-form', performance.now() - start);

  // Signing in: from the tap to the person's partnerships on screen.
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  start = performance.now();
  await page.locator('button[type=submit]').click();
  await home.waitFor();
  await mark('cold-signed-in-home', performance.now() - start);

  // The rest of the first visit: the service worker's precache and the first sync, until the link is quiet.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  await mark('first-visit-complete', 0);

  // Offline repeat visit: no network at all; the shell comes from the service worker, the data from IndexedDB.
  await context.setOffline(true);
  start = performance.now();
  await page.goto(base, { waitUntil: 'commit' });
  await home.waitFor();
  await mark('offline-signed-in-home', performance.now() - start);
} finally {
  await context.close();
  rmSync(userData, { recursive: true, force: true });
  stdin.close(); // else the open stdin keeps the script waiting for a benchmark that waits for it to end
}
