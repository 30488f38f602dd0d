// What every end-to-end story shares: Debian's chromium in a fresh profile, steps that stop counting as passed once
// one failed (the rest of a story cannot mean anything after that), screenshots, the accessibility checks' counts in
// the final "N passed, N failed" line, and the server's GraphQL as the stories' check of what really happened.

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { accessibilityCounts } from './accessibility.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const screenshots = join(root, 'web-client', 'screenshots');

/**
 * Opens the browser for one story.
 * @param {string} name the story's name, for its profile folder
 * @param {{ viewport?: { width: number, height: number }, acceptDownloads?: boolean }} [options]
 */
export async function openStory(name, { viewport = { width: 360, height: 740 }, acceptDownloads = false } = {}) {
  mkdirSync(screenshots, { recursive: true });
  const userData = mkdtempSync(join(tmpdir(), `cooperation-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport,
    locale: 'fr-FR',
    acceptDownloads,
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  // Asserted at the end: the app runs under its Content-Security-Policy, nothing refused, nothing thrown uncaught.
  const pageErrors = [];
  const policyViolations = [];
  const watch = (p) => {
    p.on('console', (m) => {
      if (m.type() !== 'error') return;
      consoleErrors.push(m.text());
      if (/Content.Security.Policy/i.test(m.text())) policyViolations.push(m.text());
    });
    p.on('pageerror', (e) => { consoleErrors.push(String(e)); pageErrors.push(String(e)); });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // The browser's own console line about a violation is worded its way; the event is the standard report.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`Content-Security-Policy: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)));
  let passed = 0;
  let failed = 0;
  let broken = false;

  /** One step of the story; once one fails the rest cannot mean anything and count as failed. */
  async function step(title, run) {
    if (broken) {
      failed++;
      console.log(`SKIP ${title}`);
      return;
    }
    try {
      await run();
      passed++;
      console.log(`ok   ${title}`);
    } catch (e) {
      failed++;
      broken = true;
      console.log(`FAIL ${title}: ${e?.stack ?? e}`);
      // What the person would have seen: the pending line, the server's messages, the alerts.
      const seen = await page.locator('.bar, #messages, [role=alert]').allTextContents().catch(() => []);
      if (seen.length) console.log(`     écran / screen: ${seen.join(' | ')}`);
      if (consoleErrors.length) console.log(`     console: ${consoleErrors.join(' | ')}`);
    }
  }

  /** A whole-page screenshot from the top, so the sticky pending line sits where a person first sees it. */
  async function shot(title) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, `${title}.png`), fullPage: true });
  }

  /** Closes the browser, adds the accessibility checks to the steps, prints the line ./test reads and exits. */
  async function finish() {
    const problems = [...pageErrors, ...policyViolations];
    if (problems.length) failed++; else passed++;
    console.log(problems.length ? `FAIL erreurs de page ou refus de la politique de sécurité / page errors or security-policy refusals: ${problems.join(' | ')}`
      : 'ok   aucune erreur de page ni refus de la politique de sécurité / no page error nor security-policy refusal');
    await context.close();
    rmSync(userData, { recursive: true, force: true });
    passed += accessibilityCounts().passed;
    failed += accessibilityCounts().failed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }

  return { context, page, step, shot, finish, consoleErrors };
}

/**
 * Opens the app as `email`, whoever was signed in before: what the phone keeps of the session goes (as after a
 * sign-out: the next person starts from the sign-in screen), then the sign-in form is filled in.
 */
export async function signInAs(page, base, password, email) {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('main h2').first().waitFor();
}

/** Signs out through the title line's menu, confirming, as a person does; resolves on the sign-in page. */
export async function signOutOnPage(page) {
  await page.locator('header .menu > summary').click();
  await page.locator('#sign-out').click();
  await page.locator('#sign-out-yes').click();
  await page.locator('#email').waitFor();
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Nothing wider than the screen: usable at 360 px without sideways scrolling (tables scroll in their own box). */
export async function fitsWidth(page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide <= 1, `the page is ${wide} px wider than the screen`);
}

/** The server as the stories check it: sign-in by the persisted SignIn document, as the web client does, then GraphQL text. */
export function serverApi(base, password) {
  async function post(body, token) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const payload = await response.json();
    if (payload.errors?.length) throw new Error(JSON.stringify(payload.errors));
    return payload.data;
  }
  /** Returns the access token. */
  async function signIn(email) {
    const manifest = JSON.parse(readFileSync(join(root, 'web-client', 'persisted-documents.json'), 'utf8'));
    const documentId = Object.keys(manifest).find((id) => manifest[id].startsWith('mutation SignIn'));
    const data = await post({ documentId, variables: { input: { clientMutationId: crypto.randomUUID(), email, password } } });
    return data.signIn.accessToken;
  }
  /** GraphQL text, which the API takes from signed-in callers. */
  const graphql = (token, query, variables) => post({ query, variables }, token);
  return { post, signIn, graphql };
}
