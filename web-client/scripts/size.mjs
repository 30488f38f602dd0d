// B1 (DESIGN §5): the first usable screen's critical path ≤ 30 KB compressed, the whole first load ≤ 100 KB.
// The critical path is the page and what it references (scripts, styles, manifest); the first load is every
// file in dist/. Both are measured gzip and Brotli (the API serves Brotli; gzip is what a proxy may leave).

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const CRITICAL_BUDGET = 30 * 1024;
const TOTAL_BUDGET = 100 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('web-client/dist/index.html manque / is missing: npm run build');
  process.exit(1);
}

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.endsWith('.map'))
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(dist.length + 1));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="([^":#?]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
const critical = ['index.html', ...referenced.filter((f) => files.includes(f))];

function measure(names) {
  let raw = 0, gzip = 0, brotli = 0;
  for (const name of names) {
    const bytes = readFileSync(join(dist, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

const rows = [
  ['chemin critique / critical path', measure(critical), CRITICAL_BUDGET, critical],
  ['premier chargement / first load', measure(files), TOTAL_BUDGET, files],
];
let over = false;
for (const [what, size, budget, names] of rows) {
  const worst = Math.max(size.gzip, size.brotli);
  const ok = worst <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok' : 'TROP / TOO MUCH'}  ${what}: ${size.raw} B brut/raw, ${size.gzip} B gzip, ${size.brotli} B Brotli` +
    ` (budget ${budget} B) — ${names.join(', ')}`);
}
process.exit(over ? 1 : 0);
