import type { ExtractContext } from '../extract.js';
import { extractDatabase } from './database.js';
import { extractDjangoUrls } from './django-urls.js';
import { extractMigrations } from './migrations.js';
import { extractDjangoModels } from './models-django.js';
import { extractSqlAlchemyModels } from './models-sqlalchemy.js';
import { moduleImports } from './module-imports.js';
import { createRouteContext, extractCallRoutes, extractDecoratorRoutes, extractRegistrationCalls, extractRouters } from './routes.js';
import { extractConstants, extractViews } from './views.js';

/**
 * Framework facts of one Python file: routes, routers and mounts (Flask, FastAPI, Django/DRF,
 * django-ninja, aiohttp), ORM models, migrations, database evidence, plus the view and constant
 * facts the route composer needs to refine methods and resolve prefixes across files.
 */
export function extractPythonFacts(context: ExtractContext): void {
  const { root, facts, path } = context;
  const imports = moduleImports(facts.imports);

  const routes = createRouteContext(facts, imports);
  extractRouters(root, routes);
  extractDecoratorRoutes(root, routes);
  extractCallRoutes(root, routes);
  extractRegistrationCalls(root, routes);
  extractDjangoUrls(root, routes);
  extractViews(root, facts);
  extractConstants(root, facts);

  facts.models.push(...extractSqlAlchemyModels(root, imports), ...extractDjangoModels(root, imports));
  extractMigrations(path, root, facts);
  facts.database.push(...extractDatabase(root, imports));
}
