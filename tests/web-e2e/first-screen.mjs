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
async function mark(phase, ms, page) {
  await printWaterfall(phase, page);
  console.log(`MARK ${phase} ${Math.round(ms)}`);
  await answers.next();
}

// COOPERATION_B2_WATERFALL=1 prints, before each mark, where the phase's time went: the page's own clock (its
// navigation timing, and « home-in-dom » when the partnerships' first link was put in the page) and each request as
// the browser saw it, the page's and its service worker's, in milliseconds from the phase's start.
const waterfall = process.env.COOPERATION_B2_WATERFALL === '1' ? [] : null;
let phaseStart = 0;
let phaseEpoch = 0;
function startPhase() {
  phaseEpoch = Date.now();
  phaseStart = performance.now();
  return phaseStart;
}
function watch(context) {
  if (!waterfall) return Promise.resolve();
  const seen = new Map();
  context.on('request', (r) => seen.set(r, performance.now()));
  const done = (failed) => (r) => waterfall.push({ r, start: seen.get(r) ?? 0, end: performance.now(), failed });
  context.on('requestfinished', done(false));
  context.on('requestfailed', done(true));
  return context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('a[href^="#/p/"]')) return;
      performance.mark('home-in-dom');
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
async function printWaterfall(phase, page) {
  if (!waterfall) return;
  const clock = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { navigationStart: performance.timeOrigin, responseStart: n.responseStart, responseEnd: n.responseEnd,
      domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd,
      ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])), now: performance.now() };
  });
  clock.navigationStart -= phaseEpoch; // from the phase's start; the others from the navigation's
  console.log(`${phase} page clock: ${Object.entries(clock).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')} ms`);
  const ms = (t) => Math.round(t - phaseStart).toString().padStart(6);
  for (const { r, start, end, failed } of waterfall.splice(0).sort((a, b) => a.start - b.start)) {
    const t = r.timing();
    const step = (a, b) => (t[a] >= 0 && t[b] >= 0 ? Math.round(t[b] - t[a]) : '-');
    console.log(`${phase} ${r.serviceWorker() ? 'sw  ' : 'page'} ${r.method().padEnd(4)} ${r.url().replace(base.replace(/\/$/, ''), '').slice(0, 48).padEnd(48)} ` +
      `${ms(start)} → ${ms(end)} ms (wait ${step('requestStart', 'responseStart')}, body ${step('responseStart', 'responseEnd')})${failed ? ' failed' : ''}`);
  }
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
  await watch(context);
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const home = page.locator('a[href^="#/p/"]').first();

  // Cold: nothing in the profile; from the navigation to a sign-in form one can type in.
  let start = startPhase();
  await page.goto(base, { waitUntil: 'commit' });
  await page.locator('#email:enabled').waitFor();
  await mark('cold-sign-in-form', performance.now() - start, page);

  // Signing in: from the tap to the person's partnerships on screen.
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  start = startPhase();
  await page.locator('button[type=submit]').click();
  await home.waitFor();
  await mark('cold-signed-in-home', performance.now() - start, page);
  startPhase();

  // The rest of the first visit: the service worker's precache and the first sync, until the link is quiet.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  await mark('first-visit-complete', 0, page);

  // Offline repeat visit: no network at all; the page comes from the service worker's cache, who the person is and
  // her partnerships from what the phone keeps.
  await context.setOffline(true);
  start = startPhase();
  await page.goto(base, { waitUntil: 'commit' });
  await home.waitFor();
  await mark('offline-signed-in-home', performance.now() - start, page);
} finally {
  await context.close();
  rmSync(userData, { recursive: true, force: true });
  stdin.close(); // else the open stdin keeps the script waiting for a benchmark that waits for it to end
}
