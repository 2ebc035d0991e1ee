import type { ExtractContext } from '../extract.js';
import { extractConstants } from './constants.js';
import { extractDatabaseEvidence } from './database-evidence.js';
import { buildFileScope } from './file-scope.js';
import { frameworksOf } from './frameworks.js';
import { extractDecoratedModels } from './models-decorators.js';
import { extractDrizzleModels } from './models-drizzle.js';
import { extractMongooseModels } from './models-mongoose.js';
import { extractSequelizeModels } from './models-sequelize.js';
import { findRouters } from './routers.js';
import { extractRoutes } from './routes.js';

/**
 * Node facts of one JavaScript/TypeScript file: app/router objects, routes and mounts (Express,
 * Fastify, Hono, Koa; how they are named is written down in ./conventions.ts), ORM models
 * (Sequelize, TypeORM, MikroORM, sequelize-typescript, Mongoose, Drizzle; Prisma schemas are read
 * by ./prisma-schema.ts) and database evidence.
 */
export function extractNodeFacts(context: ExtractContext): void {
  const { root, facts, path, text } = context;
  const scope = buildFileScope(root, text);
  const frameworks = frameworksOf(scope);

  const routers = findRouters(scope, frameworks);
  extractRoutes(scope, routers, frameworks, facts);
  facts.routers.push(...[...routers.objects.values()].map((object) => object.fact).sort((a, b) => a.line - b.line));
  facts.mounts.push(...routers.mounts);
  facts.mounts.sort((a, b) => a.line - b.line);
  extractConstants(root, scope, facts);

  extractSequelizeModels(root, scope, facts);
  extractDecoratedModels(scope, facts);
  extractMongooseModels(root, scope, facts);
  extractDrizzleModels(scope, facts);
  facts.models.sort((a, b) => a.line - b.line);

  extractDatabaseEvidence(path, root, scope, facts);
}
