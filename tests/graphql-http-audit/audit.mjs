// GraphQL-over-HTTP conformance audit of the Cooperation GraphQL endpoint.
//
// Runs every server audit of graphql-http (https://github.com/graphql/graphql-http) against a running
// endpoint. Usage, from the repository root (graphql-http and graphql are root devDependencies):
//
//   node tests/graphql-http-audit/audit.mjs [url]
//
// The URL comes from argv[2], else GRAPHQL_URL, else http://127.0.0.1:5080/graphql. The endpoint must be
// reachable anonymously, allow introspection (__type) and accept raw (non-persisted) documents.
//
// Output: one line per audit that is not ok, MUST failures first ("FAIL    MUST …"), then failed SHOULDs and MAYs as
// warning lines ("warning SHOULD … [counted as failed]", "warning MAY …"); a summary; and as the very last line
// "N passed, N failed".
// Only an audit that is ok counts as passed. Failed counts the failed MUSTs and the failed SHOULDs: the endpoint meets
// every SHOULD of the spec, so losing one is a regression to be seen, not a note. A failed MAY is a warning line only,
// counted in neither number (the summary gives it). Exit code 1 when anything counted as failed.

import { auditServer } from 'graphql-http';

const url = process.argv[2] || process.env.GRAPHQL_URL || 'http://127.0.0.1:5080/graphql';

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  // auditServer throws (rather than reporting) when the server cannot be reached or answers garbage.
  console.error(`Audit could not run against ${url}: ${err?.cause?.message ?? err?.message ?? err}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// graphql-http's statuses: ok, or the level of the requirement that failed.
const level = { error: 'MUST', warn: 'SHOULD', notice: 'MAY' };
const order = { error: 0, warn: 1, notice: 2, ok: 3 };
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of [...results].sort((a, b) => order[a.status] - order[b.status])) {
  counts[result.status] += 1;
  if (result.status === 'ok') continue;
  const http = result.response ? ` (HTTP ${result.response.status})` : '';
  const label = result.status === 'error' ? 'FAIL   ' : 'warning';
  // The audit's name already starts with its level ("SHOULD use 200 OK…"); said again in case it ever does not.
  const name = result.name.startsWith(level[result.status]) ? result.name : `${level[result.status]} ${result.name}`;
  const counted = result.status === 'warn' ? ' [compté en échec / counted as failed]' : '';
  console.log(`${label} ${name} — ${result.reason}${http}${counted}`);
}

const passed = counts.ok;
const failed = counts.error + counts.warn;
console.log('');
console.log(`Audited ${url}: ${results.length} audits`);
console.log(`  ok, passed:                      ${counts.ok}`);
console.log(`  MUST failed, failed:             ${counts.error}`);
console.log(`  SHOULD failed, failed:           ${counts.warn}`);
console.log(`  MAY failed, warning (uncounted): ${counts.notice}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
