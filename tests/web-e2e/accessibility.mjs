// The automated accessibility check of the end-to-end tests: axe-core (pinned in package.json) runs inside the page
// on the screen as the person sees it, against the WCAG 2 A and AA rules. Each screen checked is one check, passed or
// failed, printed like the other steps; a failure lists every rule violated with the elements it was found on, so the
// fix can start from the output alone. A failure does not stop the story: the screens after it are checked too.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const counts = { passed: 0, failed: 0 };

/**
 * Runs axe-core on the page's current screen and counts one check, failed when any rule is violated.
 * @param {import('playwright-core').Page} page
 * @param {string} screenName what the person is looking at, for the output
 * @returns {Promise<boolean>} true when no rule was violated
 */
export async function assertAccessible(page, screenName) {
  let violations;
  try {
    // Injected on every call: a reload or a navigation leaves a page without it.
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    ({ violations } = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    ));
  } catch (e) {
    violations = [{ id: 'axe-error', impact: 'unknown', help: `axe-core could not run: ${e?.message ?? e}`, helpUrl: '', nodes: [] }];
  }
  if (!violations.length) {
    counts.passed++;
    console.log(`ok   accessible (WCAG 2 A/AA) : ${screenName}`);
    return true;
  }
  counts.failed++;
  console.log(`FAIL accessible (WCAG 2 A/AA) : ${screenName}: ${violations.length} rule(s) violated`);
  for (const v of violations) {
    console.log(`     [${v.impact}] ${v.id}: ${v.help} ${v.helpUrl ? `(${v.helpUrl.split('?')[0]})` : ''}`);
    for (const n of v.nodes.slice(0, 5)) console.log(`       ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`);
    if (v.nodes.length > 5) console.log(`       … ${v.nodes.length - 5} more`);
  }
  return false;
}

/** The checks made so far in this process, for the script's "N passed, N failed" line. */
export function accessibilityCounts() {
  return { ...counts };
}
