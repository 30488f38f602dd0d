// Builds the web client into web-client/dist/, which the API serves at / when it exists: the page, carrying the app's
// script and styles inline so that the first screen costs one request (on EDGE each extra file is a round trip, or a
// new connection), the chunks of the screens it loads on demand (minified, no source map shipped), the web manifest
// and icons, and the service worker, which precaches exactly those files under a version that is the hash of their
// contents.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { documentIds, manifestPath } from './document-ids.mjs';
import { pngIcon, svgIcon } from './icons.mjs';
import { inShell } from './shell.mjs';

const webClient = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(webClient, 'src');
/**
 * Code only the screens loaded on demand use: their folders, the passage helpers of the fund's and researchers'
 * screens, the receiving screen's corrections, the words for refused fields.
 */
const onDemandFolders = ['north', 'fund', 'research', 'south', 'missions', 'accounts', 'money', 'dashboard'].map((d) => join(src, d) + sep);
const onDemandFiles = ['passages', 'passage-view', 'screens/partnership', 'screens/receiving', 'replica/verdicts', 'replica/read-shipment', 'validation'].map((f) => join(src, f));
const onDemand = (file) => onDemandFolders.some((f) => file.startsWith(f)) || onDemandFiles.includes(file.replace(/\.ts$/, ''));
const dist = join(webClient, 'dist');

/**
 * `import ids from 'virtual:document-ids'`: the manifest's ids by operation name, fixed at build time, for the page's
 * script. A screen loaded on demand takes its own operations' ids with it instead (`import Mission from
 * 'virtual:document-ids/Mission'`): those stay out of the page, whose every byte is on the first screen's path.
 */
const ownIdImport = /from\s+['"]virtual:document-ids\/(\w+)['"]/g;
function screenOwnOperations() {
  const sources = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(src, f));
  const own = new Set(sources.filter(onDemand).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(ownIdImport)].map((m) => m[1])));
  // The page's own code naming one of them would find no id: refused here rather than at run time.
  for (const file of sources.filter((f) => !onDemand(f))) {
    for (const name of own) if (new RegExp(`['"\`]${name}['"\`]`).test(readFileSync(file, 'utf8'))) throw new Error(`${file} names ${name}, which a screen loaded on demand carries`);
  }
  return own;
}
const documentIdsPlugin = {
  name: 'document-ids',
  setup(b) {
    b.onResolve({ filter: /^virtual:document-ids(\/\w+)?$/ }, (args) => ({ path: args.path, namespace: 'document-ids' }));
    b.onLoad({ filter: /.*/, namespace: 'document-ids' }, (args) => {
      const ids = documentIds();
      const name = args.path.split('/')[1];
      if (name && !ids[name]) throw new Error(`no persisted document named ${name}: run npm run persisted-documents`);
      const own = screenOwnOperations();
      return {
        contents: JSON.stringify(name ? ids[name] : Object.fromEntries(Object.entries(ids).filter(([n]) => !own.has(n)))),
        loader: 'json',
        watchFiles: [manifestPath],
      };
    });
  },
};

const common = {
  bundle: true,
  target: 'es2020', // the browsers of cheap Android phones of the last five years
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The app's modules the screens loaded on demand use (app, dom, i18n…, and the idb package the page carries anyway)
 * live in the page's inline script, which no other module can import by URL. The page hands them over under this
 * global; a chunk's `import { h } from '../dom'` reads it there, so both share one instance of each module (one Api,
 * one ApiError class for `instanceof`), and no byte of them is fetched twice.
 */
const REGISTRY = '__cooperationModules';
const SHARED_PACKAGES = ['idb'];
/** What the North's chunks take from the page: specifier for the page's import → the names they may import. */
const sharedModules = new Map();
const sharedModulesPlugin = {
  name: 'shared-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(\\.\\.?/|(${SHARED_PACKAGES.join('|')})$)`) }, (args) => {
      if (!onDemand(args.importer)) return undefined;
      const target = SHARED_PACKAGES.includes(args.path) ? args.path : resolve(dirname(args.importer), args.path);
      if (onDemand(target)) return undefined;
      const specifier = SHARED_PACKAGES.includes(target) ? target : './' + relative(src, target).split(sep).join('/');
      return { path: specifier, namespace: 'shared-module' };
    });
    b.onLoad({ filter: /.*/, namespace: 'shared-module' }, async (args) => {
      // The module's export names, from esbuild's own reading of it; plain values, read once the chunk loads.
      const names = sharedModules.get(args.path) ?? await exportsOf(args.path);
      sharedModules.set(args.path, names);
      return { contents: `export const { ${names.join(', ')} } = globalThis.${REGISTRY}[${JSON.stringify(args.path)}];`, loader: 'js' };
    });
  },
};

async function exportsOf(specifier) {
  const result = await build({
    ...common, stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: src, loader: 'ts' },
    write: false, format: 'esm', metafile: true, minify: false, plugins: [documentIdsPlugin],
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

/** In the page's script, `import('../north/report')` (or fund/, research/, a partnership's page, receiving) stays a request for the chunk ./report.js, made when opened. */
const lazyScreensPlugin = {
  name: 'lazy-screens',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/(.*(north|fund|research|south|missions|accounts|money|dashboard)\/|screens\/(partnership|receiving|notifications)$|validation$)/ }, (args) => {
      const target = join(args.resolveDir, args.path).replace(/\.ts$/, '');
      const screen = Object.values(lazyScreens).some((entry) => entry.replace(/\.ts$/, '') === target);
      // Helpers of on-demand screens (a mission's lines, shared by the reconciliation) go into the screens using them.
      if (!screen && args.kind !== 'dynamic-import' && onDemand(args.importer)) return undefined;
      if (args.kind !== 'dynamic-import') throw new Error(`${args.importer} imports ${args.path} statically: these screens load on demand only`);
      return { path: `./${basename(args.path)}.js`, external: true };
    });
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The screens loaded by import() when opened (a partnership's page, the agent's receiving, the North's, the fund's, the
// researchers'), off the first usable screen's critical path, first: one file each
// (report.js…), so that opening one costs one request, and size.mjs can say what each costs. What two of them share
// beyond the page's modules is a few hundred bytes, carried twice rather than fetched in a round trip of its own.
const lazyScreens = Object.fromEntries(['north/milestones', 'north/history', 'north/report', 'north/shipment-form', 'north/packing', 'fund/assignments',
  'fund/review', 'fund/ranking', 'fund/application', 'fund/desk', 'research/annotate', 'north/reconciliation', 'south/report-answer', 'missions/mission',
  'accounts/password', 'accounts/forgot-password', 'accounts/administration', 'money/budget',
  'north/council',
  'dashboard/dashboard', 'dashboard/charts',
  'screens/partnership', 'screens/receiving', 'screens/notifications', 'validation'].map((n) => [n.split('/').pop(), join(src, `${n}.ts`)]));
await build({
  // A screen opening another (a partnership's page, its milestones) asks for that one's chunk too, when it needs it.
  ...common, entryPoints: lazyScreens, outdir: dist, format: 'esm', entryNames: '[name]', plugins: [lazyScreensPlugin, sharedModulesPlugin, documentIdsPlugin],
});
// What each screen costs to open (Brotli bytes), which the links to large screens show.
const screenBytes = Object.fromEntries(Object.keys(lazyScreens).map((n) => [n, brotliCompressSync(readFileSync(join(dist, `${n}.js`))).length]));

// Then the page's script: the registry of shared modules first (ES modules run in import order), then the app.
const registry = [...sharedModules.keys()].sort();
const entry = [
  ...registry.map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`),
  `globalThis.${REGISTRY} = { ${registry.map((name, i) => `${JSON.stringify(name)}: m${i}`).join(', ')} };`,
].join('\n');
const app = await build({
  ...common,
  stdin: { contents: `import './shared-registry';\nimport './main';`, resolveDir: src, loader: 'ts' },
  write: false, format: 'esm',
  plugins: [lazyScreensPlugin, documentIdsPlugin, {
    name: 'shared-registry',
    setup(b) {
      b.onResolve({ filter: /^\.\/shared-registry$/ }, () => ({ path: 'shared-registry', namespace: 'shared-registry' }));
      b.onLoad({ filter: /.*/, namespace: 'shared-registry' }, () => ({ contents: entry, resolveDir: src, loader: 'ts' }));
    },
  }],
  define: { SCREEN_BYTES: JSON.stringify(screenBytes) },
});
const script = app.outputFiles[0].text.trim();
// Inside <script>, "</script" would end the element and "<!--" changes how the rest is parsed.
if (/<\/script|<!--/i.test(script)) throw new Error('the app\'s script holds "</script" or "<!--": it cannot be inlined as it is');
const page = readFileSync(join(src, 'index.html'), 'utf8')
  .replace('<script type="module" src="app.js"></script>', () => `<script type="module">${script}</script>`)
  // The icon goes in the page too: no request for it, and none for /favicon.ico either.
  .replace('href="icon.svg"', () => `href="data:image/svg+xml,${encodeURIComponent(svgIcon)}"`);
if (!page.includes(script)) throw new Error('src/index.html has no <script type="module" src="app.js"></script> to fill');
writeFileSync(join(dist, 'index.html'), page);
writeFileSync(join(dist, 'icon.svg'), svgIcon);
writeFileSync(join(dist, 'icon-192.png'), pngIcon(192));
writeFileSync(join(dist, 'icon-512.png'), pngIcon(512));
writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify({
  name: 'Coopération — solidarité numérique',
  short_name: 'Coopération',
  description: 'Suivi des partenariats de coopération décentralisée / Follow-up of decentralised cooperation partnerships',
  lang: 'fr',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5563',
  icons: [
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
  ],
}));

// The shell the service worker keeps: the page (under './', the address the browser asks for it by; it answers every
// page of the app), and the field screens' chunks too, so that they open offline; they load only when opened. The
// desks' chunks (shell.mjs) are kept by the worker once opened. The version covers every file, so that a desk's chunk
// kept from an older version goes with it.
const chunks = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
const shell = ['index.html', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png', ...chunks.filter(inShell)];
const hash = createHash('sha256');
for (const file of [...shell, ...chunks.filter((f) => !inShell(f))]) hash.update(readFileSync(join(dist, file)));
const version = hash.digest('hex').slice(0, 12);
await build({
  ...common,
  entryPoints: [join(webClient, 'src', 'sw', 'index.ts')],
  outfile: join(dist, 'sw.js'),
  format: 'iife',
  define: { VERSION: JSON.stringify(version), PRECACHE: JSON.stringify(shell.map((f) => (f === 'index.html' ? './' : f))) },
});
console.log(`web-client/dist (${version}): ${[...shell, 'sw.js'].join(', ')}; kept once opened: ${chunks.filter((f) => !inShell(f)).join(', ')}`);
