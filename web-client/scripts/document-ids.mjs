// Operation name → persisted-document id, read from the manifest, so the bundle carries 71-character ids and not
// the documents' text (the server has that).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const manifestPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'persisted-documents.json');

export function documentIds() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const ids = {};
  for (const [id, text] of Object.entries(manifest)) {
    const name = /^(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];
    if (!name) throw new Error(`${manifestPath}: no operation name in ${id}`);
    ids[name] = id;
  }
  return ids;
}
