// Builds the web client into web-client/dist/, which the API serves at / when it exists:
// the page, one ES module bundle (minified, no source map shipped) and nothing else yet.

import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { documentIds, manifestPath } from './document-ids.mjs';

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

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(webClient, 'src', 'main.ts')],
  outfile: join(dist, 'app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020', // the browsers of cheap Android phones of the last five years
  minify: true,
  legalComments: 'none',
  plugins: [documentIdsPlugin],
  logLevel: 'warning',
});
cpSync(join(webClient, 'src', 'index.html'), join(dist, 'index.html'));
console.log(`web-client/dist: index.html, app.js`);
