import type { ExtractContext } from '../../source/extract.js';
import { addDataCallFacts } from './data-call-facts.js';
import { addExpressHandlerFacts } from './express-handler-facts.js';
import { addFastifyReplyFacts } from './fastify-reply-facts.js';
import { addSequelizeQueryFacts } from './sequelize-query-facts.js';

/**
 * The per-file facts of the semantic checks, gathered in the parse worker (see matchFileRules)
 * so the checks never need a tree. Each collector fills one or more `checkFacts` keys of the file
 * it is given: Sequelize queries and transactions, calls that may return a promise from a
 * database library with how their results are used, how async Fastify handlers answer, async
 * Express handlers with unguarded awaits...
 */
export function addCheckFacts(context: ExtractContext, activeChecks: readonly string[]): void {
  const language = context.grammar === 'python' ? 'python' : 'node';
  for (const { languages, collect, checks } of COLLECTORS) {
    if (languages !== language) continue;
    if (checks.some((check) => activeChecks.includes(check))) collect(context);
  }
}

/**
 * Which checks read each collector's facts. A collector runs only when one of them is in use, so a
 * disabled rule (or a check no rule names yet) costs the parse nothing. The missing-await and
 * N+1 checks read the Sequelize model bindings too.
 */
const COLLECTORS: { languages: 'python' | 'node'; collect: (context: ExtractContext) => void; checks: string[] }[] = [
  {
    languages: 'node',
    collect: addSequelizeQueryFacts,
    checks: ['sequelize-include-alias', 'sequelize-unknown-attribute', 'sequelize-transaction-not-passed', 'node-data-missing-await', 'node-data-query-in-loop'],
  },
  { languages: 'node', collect: addDataCallFacts, checks: ['node-data-missing-await', 'node-data-query-in-loop'] },
  { languages: 'node', collect: addFastifyReplyFacts, checks: ['fastify-return-and-send', 'fastify-send-in-callback'] },
  { languages: 'node', collect: addExpressHandlerFacts, checks: ['express-async-handler-rejection'] },
];
