import type { ExtractContext } from '../../source/extract.js';
import { addDataCallFacts } from './data-call-facts.js';
import { addDjangoMigrationStateFacts } from './django-migration-facts.js';
import { addDjangoModelFacts } from './django-model-facts.js';
import { addDjangoQuerysetFacts } from './django-queryset-facts.js';
import { addDjangoSettingsFacts } from './django-settings-facts.js';
import { addExpressHandlerFacts } from './express-handler-facts.js';
import { addFastapiBlockingFacts } from './fastapi-blocking-facts.js';
import { addFastapiSchemaFacts } from './fastapi-schema-facts.js';
import { addFlaskGlobalStateFacts } from './flask-global-state-facts.js';
import { addExpressMiddlewareFacts } from './express-middleware-facts.js';
import { addExpressResponseFacts } from './express-response-facts.js';
import { addFastifyBodyFacts } from './fastify-body-facts.js';
import { addKoaContextFacts } from './koa-context-facts.js';
import { addRequestSqlFacts } from './node-request-sql-facts.js';
import { addInterpolatedSqlFacts } from './node-sql-facts.js';
import { addFastifyReplyFacts } from './fastify-reply-facts.js';
import { addSequelizeQueryFacts } from './sequelize-query-facts.js';
import { SQLALCHEMY_COLLECTORS } from './sqlalchemy-check-facts.js';

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
    checks: ['sequelize-include-alias', 'sequelize-unknown-attribute', 'sequelize-transaction-not-passed', 'node-data-missing-await', 'node-data-query-in-loop', 'hono-promise-in-response'],
  },
  { languages: 'node', collect: addDataCallFacts, checks: ['node-data-missing-await', 'node-data-query-in-loop', 'hono-promise-in-response'] },
  { languages: 'node', collect: addFastifyReplyFacts, checks: ['fastify-return-and-send', 'fastify-send-in-callback'] },
  { languages: 'node', collect: addExpressHandlerFacts, checks: ['express-async-handler-rejection'] },
  { languages: 'node', collect: addExpressResponseFacts, checks: ['express-response-sent-twice'] },
  { languages: 'node', collect: addExpressMiddlewareFacts, checks: ['express-error-middleware-arity'] },
  { languages: 'node', collect: addFastifyBodyFacts, checks: ['fastify-bodyless-route'] },
  { languages: 'node', collect: addKoaContextFacts, checks: ['koa-body-after-response', 'koa-swallowed-error'] },
  { languages: 'node', collect: addRequestSqlFacts, checks: ['node-request-data-in-sql'] },
  { languages: 'node', collect: addInterpolatedSqlFacts, checks: ['node-interpolated-sql'] },
  { languages: 'python', collect: addDjangoModelFacts, checks: ['django-model-change-without-migration', 'django-app-not-installed', 'django-n-plus-one'] },
  { languages: 'python', collect: addDjangoMigrationStateFacts, checks: ['django-model-change-without-migration'] },
  { languages: 'python', collect: addDjangoQuerysetFacts, checks: ['django-n-plus-one'] },
  { languages: 'python', collect: addFastapiBlockingFacts, checks: ['fastapi-blocking-call-in-async-endpoint'] },
  { languages: 'python', collect: addFastapiSchemaFacts, checks: ['fastapi-orm-model-as-schema'] },
  { languages: 'python', collect: addFlaskGlobalStateFacts, checks: ['flask-request-state-in-module-global'] },
  { languages: 'python', collect: addDjangoSettingsFacts, checks: ['django-model-change-without-migration', 'django-app-not-installed'] },
  ...SQLALCHEMY_COLLECTORS,
];
