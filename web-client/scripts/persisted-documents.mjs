// Builds the persisted-document manifest of the web client.
//
// Every web-client/operations/*.graphql file holds one named operation. Each is parsed and printed
// canonically with graphql-js, so that formatting and comments do not change its id, and the manifest
// maps "sha256:<hex of the printed document>" (the GraphQL-over-HTTP persisted-documents form) to the
// printed document. The server loads the manifest at start; the client sends only the id.
//
//   node web-client/scripts/persisted-documents.mjs            writes web-client/persisted-documents.json
//   node web-client/scripts/persisted-documents.mjs --stdout   prints it instead (the tests compare)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print } from 'graphql';

const webClient = join(dirname(fileURLToPath(import.meta.url)), '..');
const operationsDir = join(webClient, 'operations');
const manifestPath = join(webClient, 'persisted-documents.json');

function fail(message) {
  console.error(message);
  process.exit(1);
}

const manifest = {};
const names = new Map();
for (const file of readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort()) {
  const source = readFileSync(join(operationsDir, file), 'utf8');
  let document;
  try {
    document = parse(source, { noLocation: true });
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }

  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0].name) {
    fail(`${file}: one named operation per file is expected`);
  }
  const name = operations[0].name.value;
  if (`${name}.graphql` !== file) {
    fail(`${file}: the file must be named after its operation (${name}.graphql)`);
  }
  if (names.has(name)) {
    fail(`${file}: operation ${name} is already defined in ${names.get(name)}`);
  }
  names.set(name, file);

  const printed = print(document);
  const id = 'sha256:' + createHash('sha256').update(printed, 'utf8').digest('hex');
  manifest[id] = printed;
}

const json = JSON.stringify(manifest, null, 2) + '\n';
if (process.argv.includes('--stdout')) {
  process.stdout.write(json);
} else {
  writeFileSync(manifestPath, json);
  console.log(`${Object.keys(manifest).length} documents -> ${manifestPath}`);
}
