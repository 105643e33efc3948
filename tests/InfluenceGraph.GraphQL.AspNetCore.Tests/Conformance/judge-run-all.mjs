#!/usr/bin/env node
// judge-run-all.mjs: judges the results folder of the GraphQL kit's run-all.sh with expected-differences.tsv.
//   node judge-run-all.mjs <results-folder> [--sse]
// run-all.sh counts a step as failed when anything differs from graphql-js; here a step of the differential (2) or of
// the introspection round trip (4) passes when every difference is listed for it in expected-differences.tsv and
// every listed case still differs. Steps 1 (audit), 3 (status codes) and 5 (graphql-transport-ws) are read as
// run-all.sh reads them. Prints one line per step and "N passed, N failed" last; exits with the number failed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [folder, mode] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node judge-run-all.mjs <results-folder> [--sse]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const listed = new Map();
for (const line of fs.readFileSync(path.join(here, 'expected-differences.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [step, id, reason] = line.split('\t');
  if (!reason || reason.trim().length < 20) {
    console.log(`expected-differences.tsv: ${step} ${id} has no reason`);
    process.exit(1);
  }
  if (!listed.has(step)) listed.set(step, new Set());
  listed.get(step).add(id);
}

const read = (name) => {
  const file = path.join(folder, name);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};
const lastLine = (text) => text.trim().split('\n').pop() ?? '';
const results = [];
const judge = (name, ok, detail) => {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
};
const onlyListed = (step, differing) => {
  const expected = listed.get(step) ?? new Set();
  const unlisted = [...differing].filter((id) => !expected.has(id));
  const agreeing = [...expected].filter((id) => !differing.has(id));
  const problems = [];
  if (unlisted.length) problems.push(`not listed: ${unlisted.join(', ')}`);
  if (agreeing.length) problems.push(`listed but now agreeing: ${agreeing.join(', ')}`);
  return [problems.length === 0, problems.join('; ') || `${differing.size} listed differences`];
};

judge('1. graphql-http audit', /^\d+ passed, 0 failed$/m.test(read('audit.txt')), lastLine(read('audit.txt')));
for (const set of ['valid', 'invalid', 'subscriptions']) {
  const text = read(`compare-${set}.txt`);
  const differing = new Set(text.split('\n').filter((l) => /^(DIFF|MISSING) /.test(l)).map((l) => l.split(' ')[1].trim()));
  const [ok, detail] = text ? onlyListed(`g16-${set}`, differing) : [false, 'no comparison'];
  judge(`2. differential (${set})`, ok, detail);
}
judge('3. HTTP status codes', / 0 MUST violations/.test(read('status.txt')), lastLine(read('status.txt')));
try {
  const diff = JSON.parse(read('introspect-diff.json'));
  const changes = new Set([...diff.breaking, ...diff.dangerous].map((c) => `${c.type}: ${c.description}`));
  const [ok, detail] = onlyListed('introspection', changes);
  judge('4. introspection round trip', diff.identicalSDL && ok, diff.identicalSDL ? detail : 'printed SDL differs');
} catch (err) {
  judge('4. introspection round trip', false, `no result (${err.message})`);
}
if (mode !== '--sse') judge('5. graphql-transport-ws', /all passed/.test(read('ws-check.txt')), lastLine(read('ws-check.txt')));

const failed = results.filter((r) => !r).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed);
