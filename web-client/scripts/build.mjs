// Builds the web client into web-client/dist/, which the API serves at / when it exists: the page, the ES module
// app.js and the chunks of the screens it loads on demand (minified, no source map shipped), the web manifest and
// icons, and the service worker, which precaches exactly those files under a version that is the hash of their contents.

import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { documentIds, manifestPath } from './document-ids.mjs';
import { pngIcon, svgIcon } from './icons.mjs';

const webClient = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(webClient, 'dist');

/** `import ids from 'virtual:document-ids'`: the manifest's ids by operation name, fixed at build time. */
const documentIdsPlugin = {
  name: 'document-ids',
  setup(b) {
    b.onResolve({ filter: /^virtual:document-ids$/ }, (args) => ({ path: args.path, namespace: 'document-ids' }));
    b.onLoad({ filter: /.*/, namespace: 'document-ids' }, () => ({
      contents: JSON.stringify(documentIds()),
      loader: 'json',
      watchFiles: [manifestPath],
    }));
  },
};

const common = {
  bundle: true,
  target: 'es2020', // the browsers of cheap Android phones of the last five years
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// The North's, the fund's and the researchers' screens are loaded by import() when opened: split into chunks of their own, off the field agent's
// critical path. Built twice: the second build tells the screens what each chunk costs (Brotli bytes), which the
// links to large screens show; the chunks themselves come out the same.
// Named entry points, so that each screen's chunk carries its name (report.js…) and size.mjs can say what it costs.
const lazyScreens = Object.fromEntries(['north/milestones', 'north/report', 'north/shipment-form', 'north/packing', 'fund/assignments', 'fund/review',
  'fund/ranking', 'research/annotate'].map((n) => [n.split('/')[1], join(webClient, 'src', `${n}.ts`)]));
const app = (screenBytes) => build({
  ...common, entryPoints: { app: join(webClient, 'src', 'main.ts'), ...lazyScreens }, outdir: dist, format: 'esm', splitting: true,
  entryNames: '[name]', chunkNames: 'chunk-[hash]', plugins: [documentIdsPlugin], define: { SCREEN_BYTES: JSON.stringify(screenBytes) },
});
await app({});
const screens = readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'app.js' && !f.startsWith('chunk-'));
const screenBytes = Object.fromEntries(screens.map((f) => [f.slice(0, -3), brotliCompressSync(readFileSync(join(dist, f))).length]));
for (const f of readdirSync(dist)) rmSync(join(dist, f));
await app(screenBytes);
// The chunks app.js imports are announced in the page, so they come in the same round trip as app.js, not after it.
const appImports = [...readFileSync(join(dist, 'app.js'), 'utf8').matchAll(/import\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/(chunk-[^"']+\.js)["']/g)].map((m) => m[1]);
writeFileSync(join(dist, 'index.html'), readFileSync(join(webClient, 'src', 'index.html'), 'utf8').replace('<script type="module" src="app.js"></script>',
  [...appImports.map((f) => `<link rel="modulepreload" href="${f}">`), '<script type="module" src="app.js"></script>'].join('\n  ')));
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

// The shell the service worker keeps; './' is how the browser asks for the page at the app's address.
// The screens' chunks are in it too, so that a North screen opens offline; they load only when opened.
const shell = ['index.html', 'app.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png',
  ...readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'app.js').sort()];
const hash = createHash('sha256');
for (const file of shell) hash.update(readFileSync(join(dist, file)));
const version = hash.digest('hex').slice(0, 12);
await build({
  ...common,
  entryPoints: [join(webClient, 'src', 'sw', 'index.ts')],
  outfile: join(dist, 'sw.js'),
  format: 'iife',
  define: { VERSION: JSON.stringify(version), PRECACHE: JSON.stringify(['./', ...shell]) },
});
console.log(`web-client/dist (${version}): ${[...shell, 'sw.js'].join(', ')}`);
