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
// Output: one line per audit that is not ok ("status  name — reason"), a summary, and as the very last
// line "N passed, N failed" where failed counts MUST failures (status "error") and passed counts
// everything else (ok, notice = failed MAY, warn = failed SHOULD). Exit code 1 when a MUST failed.

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

const order = { error: 0, warn: 1, notice: 2, ok: 3 };
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of [...results].sort((a, b) => order[a.status] - order[b.status])) {
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    const status = result.response ? ` (HTTP ${result.response.status})` : '';
    console.log(`${result.status.padEnd(6)}  ${result.name} — ${result.reason}${status}`);
  }
}

const passed = counts.ok + counts.notice + counts.warn;
const failed = counts.error;
console.log('');
console.log(`Audited ${url}: ${results.length} audits`);
console.log(`  ok:     ${counts.ok}`);
console.log(`  MUST failures (error):   ${counts.error}`);
console.log(`  SHOULD warnings (warn):  ${counts.warn}`);
console.log(`  MAY notices (notice):    ${counts.notice}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
