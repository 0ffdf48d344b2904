// Lints Cypher statements with Neo4j's language support (the linter of Neo4j's own tools).
// stdin: JSON [{"name": ..., "query": ...}]; stdout: JSON [{"name", "version", "severity", "message", "offset"}]
// for every error (severity 1) and deprecation warning (severity 2), under Cypher 5
// (Neo4j 5.26) and Cypher 25 (Neo4j 2025.x).
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';

const statements = JSON.parse(readFileSync(0, 'utf8'));
const versions = ['cypher 5', 'cypher 25'];
const problems = [];
for (const { name, query } of statements) {
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
        problems.push({ name, version, severity: d.severity, message: d.message, offset: d.offsets?.start ?? null });
      }
    }
  }
}
process.stdout.write(JSON.stringify(problems));
