// Waits that can fail: each is bounded, checks a change that happened after the action it follows (not a state the
// page was already in), and fails its step with a sentence saying what was expected and what was seen.

const SENT = 'Tout est envoyé';

/**
 * Runs `action`, then waits until the pending line has shown something pending and, after that, « Tout est envoyé ».
 * The line is watched from before the action: « Tout est envoyé » shown before the click proves nothing, and an action
 * sent within milliseconds still leaves its « en attente » in the record.
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} action
 */
export async function sentAfter(page, action, { timeout = 60_000 } = {}) {
  await page.evaluate(() => {
    const read = () => document.getElementById('pending')?.textContent ?? '';
    const seen = [read()];
    window.__pendingWatch?.disconnect();
    window.__pendingSeen = seen;
    window.__pendingWatch = new MutationObserver(() => {
      const now = read();
      if (now !== seen.at(-1)) seen.push(now);
    });
    window.__pendingWatch.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await action();
  try {
    await page.waitForFunction((sent) => {
      const seen = window.__pendingSeen;
      const pending = seen.findIndex((text) => text.includes('en attente'));
      return pending >= 0 && seen.slice(pending + 1).some((text) => text.startsWith(sent));
    }, SENT, { timeout });
  } catch {
    const seen = await page.evaluate(() => window.__pendingSeen).catch(() => ['(page fermée / page closed)']);
    throw new Error(`« en attente » puis « ${SENT} » attendus après l’action en ${timeout / 1000} s / pending then sent expected after the action; `
      + `la ligne a montré / the line showed: ${JSON.stringify(seen)}`);
  }
}

/**
 * The service worker controls the page and its cache holds the page itself, within `timeout`: what opening the app
 * with no network needs. `navigator.serviceWorker.ready` alone proves nothing (it is true or never settles).
 * @param {import('playwright-core').Page} page
 */
export async function keptForOffline(page, { timeout = 20_000 } = {}) {
  // Waited for in the page, on the worker's own event: a predicate returning a promise would count as true at once.
  const state = await page.evaluate(async (ms) => {
    const controlled = !!navigator.serviceWorker.controller || await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        clearTimeout(timer);
        resolve(true);
      }, { once: true });
    });
    const shells = (await caches.keys()).filter((name) => name.startsWith('shell-'));
    const page = new URL('./', location.href).href;
    const cached = (await Promise.all(shells.map(async (name) => !!(await (await caches.open(name)).match(page))))).some(Boolean);
    return { controlled, cached, shells, registrations: (await navigator.serviceWorker.getRegistrations()).length };
  }, timeout);
  if (!state.controlled || !state.cached) {
    throw new Error(`la page n’est pas tenue par un service worker qui garde l’application (${timeout / 1000} s) / `
      + `the page is not controlled by a service worker keeping the app: ${JSON.stringify(state)}`);
  }
}
