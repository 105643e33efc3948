// The benchmark's reference side: loads the same CSV files into an in-memory Kuzu database (COPY FROM) and times the
// same queries with the same parameters, iterations and percentiles as bench/InfluenceGraph.Bench.Cypher.
// usage: node kuzu-bench.mjs <small|large> <data dir> <result.json>
import fs from "node:fs";
import path from "node:path";
import kuzu from "kuzu";

const [size, dir, output] = process.argv.slice(2);
if (!output) {
  console.error("usage: node kuzu-bench.mjs <small|large> <data dir> <result.json>");
  process.exit(2);
}
const params = JSON.parse(fs.readFileSync(path.join(dir, "params.json"), "utf8"));
const budgetMs = 20_000;

function gcRss() {
  if (global.gc) global.gc();
  return process.memoryUsage().rss;
}

const rssBefore = gcRss();
const db = new kuzu.Database(":memory:");
const conn = new kuzu.Connection(db);
const run = (text) => {
  const result = conn.querySync(text);
  (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
};
const started = process.hrtime.bigint();
run("CREATE NODE TABLE Actor(id STRING, name STRING, kind STRING, PRIMARY KEY (id))");
run("CREATE REL TABLE Relation(FROM Actor TO Actor, type STRING, weight DOUBLE, status STRING)");
run(`COPY Actor FROM '${path.resolve(dir, "actors.csv")}' (header=true)`);
run(`COPY Relation FROM '${path.resolve(dir, "relations.csv")}' (header=true)`);
const loadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const rssAfter = gcRss();
const count = (text) => {
  const result = conn.querySync(text);
  const value = Number(Object.values(result.getAllSync()[0])[0]);
  result.close();
  return value;
};
const actors = count("MATCH (a:Actor) RETURN count(*)");
const relations = count("MATCH ()-[r:Relation]->() RETURN count(*)");

// Same shape as the C# harness: an untimed pass over every parameter (warm-up and check), then timed rounds.
function measure(name, inputs, rounds, text, reduce) {
  const statement = conn.prepareSync(text);
  if (!statement.isSuccess()) throw new Error(`${name}: ${statement.getErrorMessage()}`);
  const call = (input) => {
    const result = conn.executeSync(statement, input);
    const rows = result.getAllSync();
    result.close();
    return reduce(rows);
  };
  let check = 0;
  for (const input of inputs) check += call(input);
  const samples = [];
  const begin = Date.now();
  for (let round = 0; round < rounds && Date.now() - begin < budgetMs; round++)
    for (const input of inputs) {
      const t = process.hrtime.bigint();
      call(input);
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  samples.sort((a, b) => a - b);
  const pct = (p) => samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)];
  return { name, medianMicros: pct(0.5), p99Micros: pct(0.99), calls: samples.length, check: String(check) };
}

const ids = (list) => list.map((id) => ({ id }));
const none = [{}];
const figures = [
  measure("point lookup by id", ids(params.pointIds), 3,
    "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind", (rows) => rows.length),
  measure("all relations of an actor", ids(params.hopIds), 2,
    "MATCH (a:Actor {id: $id})-[r:Relation]-(b:Actor) RETURN r.type AS type, r.weight AS weight, b.id AS other", (rows) => rows.length),
  measure("two-hop distinct neighbours", ids(params.twoHopIds), 2,
    "MATCH (a:Actor {id: $id})-[:Relation]-(:Actor)-[:Relation]-(c:Actor) WHERE c <> a RETURN count(DISTINCT c) AS n",
    (rows) => Number(rows[0].n)),
  measure("shortest path (max 6 hops)", params.pairs.map(([from, to]) => ({ from, to })), 2,
    "MATCH (a:Actor {id: $from})-[r:Relation* SHORTEST 1..6]-(b:Actor {id: $to}) RETURN length(r) AS n",
    (rows) => rows.reduce((sum, row) => sum + Number(row.n), 0)),
  measure("count of relations per type", none, 10,
    "MATCH ()-[r:Relation]->() RETURN r.type AS type, count(*) AS n ORDER BY type",
    (rows) => rows.reduce((sum, row, i) => sum + (i + 1) * Number(row.n), 0)),
  measure("top 10 by in-degree", none, 10,
    "MATCH (a:Actor)<-[r:Relation]-() RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 10",
    (rows) => rows.reduce((sum, row) => sum + Number(row.n), 0)),
];

fs.writeFileSync(output, JSON.stringify({
  engine: "kuzu 0.11.3",
  size,
  actors,
  relations,
  loadSeconds,
  loadRowsPerSecond: (actors + relations) / loadSeconds,
  bytesPerRelationship: (rssAfter - rssBefore) / relations,
  memoryNote: "process RSS after COPY FROM minus before, over relationships (Kuzu's buffer pool and indexes included)",
  figures,
}, null, 2));
conn.closeSync();
db.closeSync();
