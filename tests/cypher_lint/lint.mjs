// Lints Cypher statements with Neo4j's language support (the linter of Neo4j's own tools).
// stdin: JSON [{"name": ..., "query": ...}]; stdout: JSON [{"name", "version", "severity", "message", "offset"}]
// for every error (severity 1) and deprecation warning (severity 2), under Cypher 5
// (Neo4j 5.26) and Cypher 25 (Neo4j 2025.x).
// A statement takes the linter about half a second: a long list is shared among worker threads,
// one per core (each loads and warms the linter again, a few seconds, so only for long lists).
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const versions = ['cypher 5', 'cypher 25'];
const PER_WORKER = 20; // statements that make another worker worth its start

function lintAll(statements) {
  const problems = [];
  for (const { name, query, index } of statements) {
    for (const version of versions) {
      // the statement's $parameters are supplied when it runs
      const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
      const schema = { currentDatabase: 'neo4j', dbInfos: [{ name: 'neo4j', defaultLanguage: version }], parameters };
      const result = lintCypherQuery(query, schema);
      const diagnostics = Array.isArray(result) ? result : result.diagnostics;
      for (const d of diagnostics) {
        // errors are what Neo4j refuses; of the warnings, deprecations (performance hints such as
        // a cartesian product between two MATCHes by id are advice, not a refusal)
        if (d.severity === 1 || (d.severity === 2 && /deprecat/i.test(d.message))) {
          problems.push({ index, name, version, severity: d.severity, message: d.message, offset: d.offsets?.start ?? null });
        }
      }
    }
  }
  return problems;
}

function inWorker(slice) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: slice });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`lint worker exited with ${code}`)));
  });
}

if (isMainThread) {
  const statements = JSON.parse(readFileSync(0, 'utf8')).map((s, index) => ({ ...s, index }));
  const workers = Math.max(1, Math.min(availableParallelism(), Math.floor(statements.length / PER_WORKER)));
  let problems;
  if (workers === 1) {
    problems = lintAll(statements);
  } else {
    const slices = Array.from({ length: workers }, (_, w) => statements.filter((_, i) => i % workers === w));
    problems = (await Promise.all(slices.map(inWorker))).flat();
  }
  problems.sort((a, b) => a.index - b.index); // in the order the statements came
  process.stdout.write(JSON.stringify(problems.map(({ index, ...problem }) => problem)));
} else {
  parentPort.postMessage(lintAll(workerData));
}
