// Builds the persisted-document manifest of the web client.
//
// Every web-client/operations/*.graphql file holds one named operation; operations/fragments/*.graphql hold the
// fragments several operations share (one per file), and each operation's document carries, after it, the fragments
// it uses (directly or through another fragment), by name. Each document is parsed and printed
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
import { Kind, parse, print, visit } from 'graphql';

const webClient = join(dirname(fileURLToPath(import.meta.url)), '..');
const operationsDir = join(webClient, 'operations');
const manifestPath = join(webClient, 'persisted-documents.json');

function fail(message) {
  console.error(message);
  process.exit(1);
}

// The shared fragments, by name.
const fragmentsDir = join(operationsDir, 'fragments');
const fragments = new Map();
for (const file of readdirSync(fragmentsDir).filter((f) => f.endsWith('.graphql')).sort()) {
  let definitions;
  try {
    definitions = parse(readFileSync(join(fragmentsDir, file), 'utf8'), { noLocation: true }).definitions;
  } catch (err) {
    fail(`fragments/${file}: ${err.message}`);
  }
  if (definitions.length !== 1 || definitions[0].kind !== Kind.FRAGMENT_DEFINITION || `${definitions[0].name.value}.graphql` !== file) {
    fail(`fragments/${file}: one fragment per file is expected, named after the file`);
  }
  fragments.set(definitions[0].name.value, definitions[0]);
}

/** The fragments a definition spreads, and those they spread in turn. */
function fragmentsUsedBy(definition, used = new Set()) {
  visit(definition, {
    FragmentSpread(node) {
      const name = node.name.value;
      if (used.has(name)) return;
      if (!fragments.has(name)) fail(`unknown fragment ${name}`);
      used.add(name);
      fragmentsUsedBy(fragments.get(name), used);
    },
  });
  return used;
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

  const used = [...fragmentsUsedBy(operations[0])].sort();
  const printed = print({ ...document, definitions: [...document.definitions, ...used.map((name) => fragments.get(name))] });
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
