// Builds the web client into web-client/dist/, which the API serves at / when it exists: the page, one ES module
// bundle (minified, no source map shipped), the web manifest and icons, and the service worker, which precaches
// exactly those files under a version that is the hash of their contents.

import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
await build({ ...common, entryPoints: [join(webClient, 'src', 'main.ts')], outfile: join(dist, 'app.js'), format: 'esm', plugins: [documentIdsPlugin] });
cpSync(join(webClient, 'src', 'index.html'), join(dist, 'index.html'));
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
const shell = ['index.html', 'app.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];
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
