import type { SemanticCheck } from '../types.js';
import { databaseEngine } from './database-engine.js';
import { djangoModelChangeWithoutMigration } from './django-missing-migration.js';
import { djangoAppNotInstalled } from './django-app-not-installed.js';
import { djangoNPlusOne } from './django-n-plus-one.js';
import { flaskRequestStateInModuleGlobal } from './flask-global-state.js';
import { expressAsyncHandlerRejection } from './express-handlers.js';
import { expressErrorMiddlewareArity, expressResponseSentTwice } from './express-responses.js';
import { fastifyBodylessRoute } from './fastify-bodyless-routes.js';
import { honoPromiseInResponse } from './hono-responses.js';
import { koaBodyAfterResponse, koaSwallowedError } from './koa-responses.js';
import { nodeRequestDataInSql } from './node-request-sql.js';
import { nodeInterpolatedSql } from './node-interpolated-sql.js';
import { fastifyReturnAndSend, fastifySendInCallback } from './fastify-replies.js';
import { fastapiBlockingCallInAsyncEndpoint } from './fastapi-blocking-call.js';
import { fastapiOrmModelAsSchema } from './fastapi-orm-schema.js';
import { nodeDataMissingAwait, nodeDataQueryInLoop } from './data-calls.js';
import { layerImports } from './layer-imports.js';
import { missingLayer } from './missing-layer.js';
import { rawDriverAccess, secondOrm } from './orm-imports.js';
import { routeDataAccess } from './route-data-access.js';
import { sequelizeIncludeAlias, sequelizeTransactionNotPassed, sequelizeUnknownAttribute } from './sequelize-queries.js';
import { SQLALCHEMY_CHECKS } from './sqlalchemy-checks.js';
import { suppressionReason } from './suppression-reason.js';

/** Checks by name; two checks with one name is a load-time error, not a silent override. */
export function createCheckRegistry(checks: readonly SemanticCheck[]): ReadonlyMap<string, SemanticCheck> {
  const registry = new Map<string, SemanticCheck>();
  for (const check of checks) {
    if (registry.has(check.name)) throw new Error(`Two semantic checks are named \`${check.name}\`; check names must be unique.`);
    registry.set(check.name, check);
  }
  return registry;
}

/** Every semantic check a rule file can name with `check:`. Add a check by adding its module here. */
export const CHECKS = createCheckRegistry([
  missingLayer,
  layerImports,
  routeDataAccess,
  databaseEngine,
  rawDriverAccess,
  secondOrm,
  suppressionReason,
  sequelizeIncludeAlias,
  sequelizeUnknownAttribute,
  sequelizeTransactionNotPassed,
  nodeDataMissingAwait,
  nodeDataQueryInLoop,
  fastifyReturnAndSend,
  fastifySendInCallback,
  expressAsyncHandlerRejection,
  expressResponseSentTwice,
  expressErrorMiddlewareArity,
  fastifyBodylessRoute,
  honoPromiseInResponse,
  koaBodyAfterResponse,
  koaSwallowedError,
  nodeRequestDataInSql,
  nodeInterpolatedSql,
  djangoModelChangeWithoutMigration,
  djangoAppNotInstalled,
  djangoNPlusOne,
  flaskRequestStateInModuleGlobal,
  fastapiBlockingCallInAsyncEndpoint,
  fastapiOrmModelAsSchema,
  ...SQLALCHEMY_CHECKS,
]);
