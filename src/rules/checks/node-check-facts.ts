import type { ExtractContext } from '../../source/extract.js';
import { addDataCallFacts } from './data-call-facts.js';
import { addExpressHandlerFacts } from './express-handler-facts.js';
import { addFastifyReplyFacts } from './fastify-reply-facts.js';
import { addSequelizeQueryFacts } from './sequelize-query-facts.js';

/**
 * The per-file facts of the Node data-layer checks, gathered in the parse worker (see
 * matchFileRules) so the checks never need a tree: Sequelize queries and transactions, and
 * calls that may return a promise from a database library, with how their results are used;
 * how async Fastify handlers answer; async Express handlers with unguarded awaits.
 */
export function addNodeCheckFacts(context: ExtractContext, activeChecks: readonly string[]): void {
  if (context.grammar === 'python') return;
  for (const { collect, checks } of COLLECTORS) {
    if (checks.some((check) => activeChecks.includes(check))) collect(context);
  }
}

/**
 * Which checks read each collector's facts. A collector runs only when one of them is in use, so a
 * disabled rule (or a check no rule names yet) costs the parse nothing. The missing-await and
 * N+1 checks read the Sequelize model bindings too.
 */
const COLLECTORS: { collect: (context: ExtractContext) => void; checks: string[] }[] = [
  {
    collect: addSequelizeQueryFacts,
    checks: ['sequelize-include-alias', 'sequelize-unknown-attribute', 'sequelize-transaction-not-passed', 'node-data-missing-await', 'node-data-query-in-loop'],
  },
  { collect: addDataCallFacts, checks: ['node-data-missing-await', 'node-data-query-in-loop'] },
  { collect: addFastifyReplyFacts, checks: ['fastify-return-and-send', 'fastify-send-in-callback'] },
  { collect: addExpressHandlerFacts, checks: ['express-async-handler-rejection'] },
];
