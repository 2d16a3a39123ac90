// The peer of resgraph's query benchmark: the same N-Quads loaded into Oxigraph's in-memory store
// (npm package "oxigraph", in this node process) and the same example queries, over the union of
// the named graphs, results serialised as SPARQL JSON as resgraph's server does.
// Usage: node oxigraph-bench.mjs FILE.nq QUERIES.json WARMUP RUNS  -> prints {"file.rq": [ms, ...], "loadSeconds": s}
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const [nq, queriesFile, warmupArg, runsArg] = process.argv.slice(2);
const warmup = Number(warmupArg), runs = Number(runsArg);

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

const store = new oxigraph.Store();
const loadStart = process.hrtime.bigint();
store.load(chunks(nq), { format: "application/n-quads", no_transaction: true });
const out = { loadSeconds: Number(process.hrtime.bigint() - loadStart) / 1e9 };
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
for (const [name, text] of Object.entries(queries)) {
  if (text.includes("jena.apache.org/text#")) continue; // full-text search is Jena's extension
  const times = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const start = process.hrtime.bigint();
      store.query(text, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (i >= warmup) times.push(ms);
    }
    out[name] = times;
  } catch (e) {
    out[name + " (error)"] = String(e);
  }
}
process.stdout.write(JSON.stringify(out));
