// B1 (DESIGN §5): the first usable screen's critical path ≤ 20 KB compressed (raised from 30 KB once met), the whole first load ≤ 100 KB.
// The critical path is the page and what it references (scripts and their static imports, styles; the build puts the
// app's script and styles in the page itself); the first load is every file of dist/ the service worker precaches:
// the field screens' chunks, the manifest and the icons too, not the desks' screens, kept once opened (shell.mjs),
// each of which is listed below with what it costs when opened. Both are measured gzip
// and Brotli (the API serves Brotli; gzip is what a proxy may leave).

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { inShell } from './shell.mjs';

const CRITICAL_BUDGET = 20 * 1024;
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
// A module's static imports load with it; its import() calls load a screen later, when it is opened.
const staticImports = (name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
const dynamicImports = (name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => m[1]);
function closure(start, known = new Set()) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || known.has(name) || !files.includes(name)) return;
    seen.add(name);
    if (name.endsWith('.js')) staticImports(name).forEach(visit);
  };
  start.forEach(visit);
  return [...seen];
}
const critical = ['index.html', ...closure(referenced.filter((f) => files.includes(f)))];

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
  ['premier chargement / first load', measure(files.filter(inShell)), TOTAL_BUDGET, files.filter(inShell)],
];
let over = false;
for (const [what, size, budget, names] of rows) {
  const worst = Math.max(size.gzip, size.brotli);
  const ok = worst <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok' : 'TROP / TOO MUCH'}  ${what}: ${size.raw} B brut/raw, ${size.gzip} B gzip, ${size.brotli} B Brotli` +
    ` (budget ${budget} B) — ${names.join(', ')}`);
}
// What each screen loaded on demand costs when it is opened: its chunk and what it needs beyond the critical path;
// then what those screens load later in turn (a partnership's history, the dashboard's charts).
const opened = new Set(critical.filter((f) => f.endsWith('.js') || f.endsWith('.html')).flatMap(dynamicImports));
for (const screen of opened) dynamicImports(screen).filter((f) => files.includes(f)).forEach((f) => opened.add(f));
const screens = [...opened].sort();
for (const screen of screens) {
  const names = closure([screen], new Set(critical));
  const size = measure(names);
  console.log(`écran / screen ${screen.replace(/\.js$/, '')}: ${size.raw} B brut/raw, ${size.gzip} B gzip, ${size.brotli} B Brotli à son ouverture / when opened — ${names.join(', ')}`);
}
process.exit(over ? 1 : 0);
