import type { RuleFinding, SemanticCheck } from '../types.js';
import { REQUEST_SQL, type RequestSqlFact } from './node-request-sql-facts.js';

/** SQL text built from request data (directly or through locals) handed to a raw fragment or raw query API. */
export const nodeRequestDataInSql: SemanticCheck = {
  name: 'node-request-data-in-sql',
  run(model, _project, _params, context) {
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const fact of (model.files.get(file)?.checkFacts[REQUEST_SQL] ?? []) as RequestSqlFact[]) {
        const through = fact.via ? `, through \`${fact.via}\`` : '';
        findings.push(
          context.finding({
            file,
            line: fact.line,
            message: `\`${fact.method}()\` receives SQL built from request data (\`${fact.source}\`${through}); bind the value as a parameter or pick it from a fixed list.`,
          }),
        );
      }
    }
    return findings;
  },
};
