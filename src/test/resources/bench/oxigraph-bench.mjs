// The peer of resgraph's query benchmark: the same N-Quads loaded into Oxigraph's in-memory store
// (npm package "oxigraph", in this node process) and the same example queries, over the union of
// the named graphs, results serialised as SPARQL JSON as resgraph's server does.
// Usage: node oxigraph-bench.mjs FILE.nq QUERIES.json WARMUP RUNS [SKIP.json]
// Prints one JSON object per line: {"loadSeconds": s}, then {"query": name, "times": [ms, ...]} as each
// query finishes, so that the caller can stop a query that runs too long and start again without it.
// A query whose first run takes over a second is run once.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const [nq, queriesFile, warmupArg, runsArg, skipFile] = process.argv.slice(2);
const warmup = Number(warmupArg), runs = Number(runsArg);
const skip = new Set(skipFile ? JSON.parse(fs.readFileSync(skipFile, "utf8")) : []);

function* chunks(path) {
  const fd = fs.openSync(path, "r");
  const buffer = Buffer.alloc(16 << 20);
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return;
      yield Uint8Array.from(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function say(object) {
  fs.writeSync(1, JSON.stringify(object) + "\n");
}

const store = new oxigraph.Store();
const loadStart = process.hrtime.bigint();
store.load(chunks(nq), { format: "application/n-quads", no_transaction: true });
say({ loadSeconds: Number(process.hrtime.bigint() - loadStart) / 1e9 });
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
for (const [name, text] of Object.entries(queries)) {
  if (skip.has(name)) continue;
  if (text.includes("jena.apache.org/text#")) continue; // full-text search is Jena's extension
  say({ query: name, started: true });
  const times = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const start = process.hrtime.bigint();
      store.query(text, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (i >= warmup || ms > 1000) times.push(ms);
      if (ms > 1000) break;
    }
    say({ query: name, times });
  } catch (e) {
    say({ query: name, error: String(e) });
  }
}
say({ done: true });
