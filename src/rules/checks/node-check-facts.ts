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
export function addNodeCheckFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  addSequelizeQueryFacts(context);
  addDataCallFacts(context);
  addFastifyReplyFacts(context);
  addExpressHandlerFacts(context);
}
