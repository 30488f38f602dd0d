// B3 of DESIGN §5, the browser's half: Debian's chromium opens the API's TLS address through the link emulator
// (HTTP/2 by ALPN, or HTTP/1.1 with --http1) and sends the requests the benchmark gives it, one by one, on the
// connection it keeps open, with the web client's headers. The benchmark holds the emulator's counters: it resets
// them before each request and reads them when the script says the answer is in, so each request gets its own bytes,
// counted as the phone's radio would carry them, HPACK and all.
//
//   node tests/web-e2e/confirm-on-open-connection.mjs <link base URL> <certificate SPKI sha256, base64> [--http1]
// Reads one JSON request per line on stdin ({ "method", "path", "body"?, "token" }), prints
// "DONE <milliseconds> <status> <answer characters> <protocol> <the answer's cursor, or ->" after each, and "READY"
// once the page is open.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const [base, spki, ...flags] = process.argv.slice(2);
if (!base || !spki) {
  console.error('usage: node tests/web-e2e/confirm-on-open-connection.mjs <link base URL> <SPKI sha256 base64> [--http1]');
  process.exit(2);
}
const userData = mkdtempSync(join(tmpdir(), 'cooperation-b3-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  // The host's certificate is its own, made for this run: trusted by its key alone, as a pinned one would be.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-pings', '--disable-domain-reliability',
    `--ignore-certificate-errors-spki-list=${spki}`, ...(flags.includes('--http1') ? ['--disable-http2'] : [])],
});
context.setDefaultTimeout(120_000);
const lines = createInterface({ input: process.stdin });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  // A page of the API's own origin, so the requests below are same-origin and go on this page's connection.
  await page.goto(new URL('/health/live', base).href);
  console.log('READY');
  for await (const line of lines) {
    if (!line.trim()) break;
    const request = JSON.parse(line);
    const answer = await page.evaluate(async ({ method, path, body, token }) => {
      const start = performance.now();
      // The web client's own headers (web-client/src/api.ts).
      const headers = { Accept: 'application/graphql-response+json', Authorization: `Bearer ${token}` };
      if (body) headers['Content-Type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
      const text = await response.text();
      const entry = performance.getEntriesByType('resource').at(-1);
      let cursor = '-';
      try {
        const data = JSON.parse(text).data;
        cursor = (data?.sync ?? data)?.changes?.cursor ?? '-';
      } catch {}
      // A GET the browser revalidated reads as its stored 200; the resource entry says what the server answered.
      return { ms: performance.now() - start, status: entry?.responseStatus || response.status, length: text.length, protocol: entry?.nextHopProtocol, cursor };
    }, request);
    console.log(`DONE ${Math.round(answer.ms)} ${answer.status} ${answer.length} ${answer.protocol ?? '?'} ${answer.cursor}`);
  }
} finally {
  lines.close();
  await context.close();
  rmSync(userData, { recursive: true, force: true });
}
