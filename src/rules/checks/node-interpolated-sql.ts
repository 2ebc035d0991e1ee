import type { RuleFinding, SemanticCheck } from '../types.js';
import { INTERPOLATED_SQL, QUERY_METHODS, UNSAFE_RAW_METHODS, type InterpolatedSqlFact } from './node-sql-facts.js';

/**
 * SQL text with a spliced value, in the call that runs it (facts: node-sql-facts.ts). `methods`
 * picks the calls a rule is about: the drivers' and query builders' (`query`, `raw`...) by
 * default, or Prisma's `$queryRawUnsafe`/`$executeRawUnsafe`.
 */
export const nodeInterpolatedSql: SemanticCheck = {
  name: 'node-interpolated-sql',
  params: ['methods'],
  run(model, _project, params, context) {
    const methods = new Set(Array.isArray(params.methods) ? (params.methods as string[]) : QUERY_METHODS);
    const prisma = [...methods].some((method) => UNSAFE_RAW_METHODS.includes(method));
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const fact of (model.files.get(file)?.checkFacts[INTERPOLATED_SQL] ?? []) as InterpolatedSqlFact[]) {
        if (!methods.has(fact.method)) continue;
        const what = prisma ? `\`${fact.method}\` receives SQL with \`${fact.value}\` spliced in; Prisma does not escape it.` : `\`${fact.method}()\` receives SQL with \`${fact.value}\` spliced in; pass it as a bound parameter.`;
        findings.push(context.finding({ file, line: fact.line, message: what }));
      }
    }
    return findings;
  },
};
