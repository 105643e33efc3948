// The graphql-js 17 side of the benchmark (run.sh drives it). Same SDL as the app on GraphQL.NET (its schema.graphql,
// written to out/schema.graphql), same data (out/seed.json, out/synthetic.json, written from the app's snapshot),
// resolvers that do what the app's do over already-loaded objects: lookups by id, the per-actor relation index, the
// argument filter.
//   node graphqljs-bench.mjs inproc <out> [warmupSeconds] [seconds] [round]
//   node graphqljs-bench.mjs serve <seed|synthetic> <port> <out>
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSchema, execute, parse, validate, GraphQLError } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const here = dirname(fileURLToPath(import.meta.url));
const queryText = name => readFileSync(join(here, 'queries', `${name}.graphql`), 'utf8');
const variables = name => JSON.parse(readFileSync(join(here, 'queries', `${name}.variables.json`), 'utf8'));
const dataFor = name => (name === 'graph' ? 'seed' : 'synthetic');

function loadData(out, name) {
  const data = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
  data.actorsById = new Map(data.actors.map(a => [a.id, a]));
  data.sourcesById = new Map(data.sources.map(s => [s.id, s]));
  data.relationsByActor = new Map();
  for (const r of data.relations) {
    for (const id of r.from === r.to ? [r.from] : [r.from, r.to]) {
      let list = data.relationsByActor.get(id);
      if (!list) data.relationsByActor.set(id, (list = []));
      list.push(r);
    }
  }
  return data;
}

// The app's RelationFilter: asOf, types, status (null means no restriction).
function accepts({ asOf, types, status, claimedBy }) {
  if (claimedBy != null) throw new GraphQLError('claimedBy is not part of the benchmark.');
  return r =>
    (asOf == null || ((r.since == null || r.since <= asOf) && (r.until == null || r.until >= asOf))) &&
    (types == null || types.includes(r.type)) &&
    (status == null || status.includes(r.status));
}

const unfiltered = args => args.asOf == null && args.types == null && args.status == null && args.claimedBy == null;

export function buildBenchSchema(out, data) {
  const schema = buildSchema(readFileSync(join(out, 'schema.graphql'), 'utf8'));
  const fields = type => schema.getType(type).getFields();
  const actorOrThrow = id => {
    const actor = data.actorsById.get(id);
    if (!actor) throw new GraphQLError(`Relation endpoint '${id}' is not a known actor.`);
    return actor;
  };
  fields('Query').graph.resolve = (_, args) => ({ actors: data.actors, relations: data.relations.filter(accepts(args)) });
  fields('Query').actor.resolve = (_, { id }) => data.actorsById.get(id) ?? null;
  fields('Actor').leverage.resolve = (actor, args) => {
    if (!unfiltered(args)) throw new GraphQLError('Filtered leverage is not part of the benchmark.');
    return data.leverage[actor.id] ?? 0;
  };
  fields('Actor').alignment.resolve = (actor, args) => {
    if (!unfiltered(args) || (args.poles != null && args.poles.length > 0)) throw new GraphQLError('Filtered alignment is not part of the benchmark.');
    return data.alignment[actor.id] ?? null;
  };
  fields('Actor').relations.resolve = (actor, args) => {
    const own = data.relationsByActor.get(actor.id) ?? [];
    return unfiltered(args) ? own : own.filter(accepts(args));
  };
  fields('Relation').from.resolve = r => actorOrThrow(r.from);
  fields('Relation').to.resolve = r => actorOrThrow(r.to);
  fields('Relation').claimedBy.resolve = r => r.claimedBy.filter(id => data.actorsById.has(id)).map(id => data.actorsById.get(id));
  fields('Relation').evidence.resolve = r => [{ quote: r.quote, sourceId: r.source }];
  fields('Evidence').source.resolve = e =>
    data.sourcesById.get(e.sourceId) ?? { id: e.sourceId, title: e.sourceId, publisher: '', published: null, url: null };
  return schema;
}

function measure(run, warmupSeconds, seconds) {
  let start = performance.now();
  while (performance.now() - start < warmupSeconds * 1000) run();
  let count = 0;
  start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 10; i++) run();
    count += 10;
  }
  return count / ((performance.now() - start) / 1000);
}

function inproc(out, warmupSeconds = 2, seconds = 5, round = '') {
  const results = {};
  for (const query of ['graph', 'actor']) {
    const data = loadData(out, dataFor(query));
    const schema = buildBenchSchema(out, data);
    const text = queryText(query);
    const variableValues = variables(query);
    const document = parse(text);
    const check = execute({ schema, document, variableValues, contextValue: {} });
    if (check.errors || typeof check.then === 'function') throw new Error(JSON.stringify(check));
    writeFileSync(join(out, `node-${query}.result.json`), JSON.stringify(check));

    results[`${query}/full`] = measure(() => {
      const doc = parse(text);
      const errors = validate(schema, doc);
      if (errors.length > 0) throw errors[0];
      return execute({ schema, document: doc, variableValues, contextValue: {} });
    }, warmupSeconds, seconds);
    results[`${query}/execute`] = measure(
      () => execute({ schema, document, variableValues, contextValue: {} }), warmupSeconds, seconds);
    console.log(`graphql-js ${query}: full ${results[`${query}/full`].toFixed(0)}/s, execute ${results[`${query}/execute`].toFixed(0)}/s`);
  }
  writeFileSync(join(out, `node-inproc${round}.json`), JSON.stringify(results));
}

function serve(dataName, port, out) {
  const schema = buildBenchSchema(out, loadData(out, dataName));
  const handler = createHandler({ schema, context: () => ({}) });
  createServer((req, res) => {
    if (req.url.startsWith('/graphql')) handler(req, res);
    else res.writeHead(404).end();
  }).listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/graphql (${dataName})`));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'inproc') inproc(rest[0], Number(rest[1] ?? 2), Number(rest[2] ?? 5), rest[3] ?? '');
else if (command === 'serve') serve(rest[0], Number(rest[1]), rest[2]);
else {
  console.error('usage: node graphqljs-bench.mjs inproc <out> [warmupSeconds] [seconds] [round] | serve <seed|synthetic> <port> <out>');
  process.exit(2);
}
