import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { FileFacts, PathExpression } from '../facts.js';

/**
 * The routers, mounts and routes each file of the four Node fixture apps declares, as compact
 * lines. Files that declare none are left out, so a route found in a controller or a model fails.
 */

async function appFacts(app: string): Promise<FileFacts[]> {
  const files = fg.sync(`test/apps/${app}/**/*.{js,ts,mjs,cjs,tsx}`, { ignore: ['**/node_modules/**'] }).sort();
  const facts: FileFacts[] = [];
  for (const file of files) {
    const outcome = await parseFileToFacts(file.slice(`test/apps/${app}/`.length), readFileSync(file, 'utf8'));
    if (outcome.kind !== 'parsed') throw new Error(`${file} skipped`);
    facts.push(outcome.facts);
  }
  return facts;
}

function path(expression: PathExpression | undefined): string {
  if (!expression) return '-';
  return expression.value ?? (expression.reference ? `{${expression.reference}}` : `<${expression.text}>`);
}

function declared(facts: FileFacts[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const file of facts) {
    const lines = [
      ...file.routers.map((router) => `router ${router.name}@${router.line} ${router.kind}${router.prefix ? ` prefix=${path(router.prefix)}` : ''}${router.exportedAs ? ` exports=${router.exportedAs.join(',')}` : ''}`),
      ...file.mounts.map((mount) => `mount ${mount.parent} <- ${mount.child} at ${path(mount.prefix)} @${mount.line}`),
      ...file.routes.map((route) => `route ${route.method} ${path(route.path)} ${route.owner}@${route.line}${route.handler ? ` -> ${route.handler.name ?? 'fn'}:${route.handler.line}` : ''}`),
    ];
    if (lines.length > 0) table[file.path] = lines;
  }
  return table;
}

describe('Node fixture apps: per-file routers, mounts and routes', () => {
  it('express-js', async () => {
    const facts = await appFacts('express-js');
    expect(facts.flatMap((file) => file.syntaxErrors)).toEqual([]);
    expect(declared(facts)).toEqual({
      'src/app.js': [
        'router app@6 app exports=default',
        'mount app <- module:./routes at /api @15',
        'route GET /health app@14 -> healthController.show:14',
        'route ALL /api/* app@17 -> fn:17',
      ],
      'src/routes/index.js': [
        'router router@7 router exports=default',
        'mount router <- usersRouter at /users @9',
        'mount router <- ordersRouter at /orders @10',
        'mount router <- productsRouter at /products @11',
        'route GET /reports/sales router@12 -> reportsController.sales:12',
      ],
      'src/routes/orders.js': [
        'router router@4 router exports=default',
        'route GET / router@6 -> orders.list:6',
        'route POST / router@6 -> orders.create:6',
        'route GET /:id router@10 -> orders.show:10',
        'route DELETE /:id router@11 -> orders.remove:11',
      ],
      'src/routes/products.js': ['router router@4 router exports=default', 'route GET / router@6 -> fn:6', 'route POST / router@11 -> createProduct:11'],
      'src/routes/users.js': [
        'router router@5 router exports=default',
        'router userOrders@7 router',
        'mount router <- userOrders at /:userId/orders @15',
        'route GET / router@9 -> users.list:9',
        'route POST / router@10 -> users.create:10',
        'route GET /:id router@11 -> users.show:11',
        'route PUT /:id router@12 -> users.update:12',
        'route GET / userOrders@14 -> orders.listForUser:14',
      ],
    });
  });

  it('fastify-ts', async () => {
    const facts = await appFacts('fastify-ts');
    expect(facts.flatMap((file) => file.syntaxErrors)).toEqual([]);
    expect(declared(facts)).toEqual({
      'src/api/authors.ts': [
        'router authorRoutes@7 router exports=authorRoutes',
        'route GET / authorRoutes@10 -> fn:10',
        'route GET /:id authorRoutes@12 -> fn:12',
        'route POST / authorRoutes@18 -> fn:18',
      ],
      'src/api/books.ts': [
        'router bookRoutes@4 router exports=default',
        'route GET / bookRoutes@11 -> listBooks:7',
        'route HEAD / bookRoutes@11 -> listBooks:7',
        'route POST / bookRoutes@17 -> fn:20',
        'route DELETE /:id bookRoutes@26 -> fn:26',
      ],
      'src/api/index.ts': ['router apiRoutes@5 router exports=default', 'mount apiRoutes <- authorRoutes at /authors @6', 'mount apiRoutes <- bookRoutes at /books @7'],
      'src/app.ts': [
        'router app@11 app',
        // The prisma plugin only decorates; the composer drops a child that holds no routes.
        'mount app <- prismaPlugin at - @13',
        'mount app <- apiRoutes at /api @14',
        'mount app <- dir:routes at /v2 @16',
        'route GET /health app@21 -> fn:21',
      ],
      'src/routes/reviews/index.ts': ['router reviews@4 router exports=default', 'route GET / reviews@7 -> fn:7', 'route POST / reviews@9 -> fn:9'],
      'src/routes/stats.ts': ['router default@3 router exports=default', 'route GET /stats default@4 -> fn:4'],
    });
  });

  it('hono-ts', async () => {
    const facts = await appFacts('hono-ts');
    expect(facts.flatMap((file) => file.syntaxErrors)).toEqual([]);
    expect(declared(facts)).toEqual({
      'src/app.ts': [
        'router app@7 app prefix=/api exports=default',
        'mount app <- notes at /notes @13',
        'mount app <- tags at /tags @14',
        'mount app <- admin at / @15',
        'route GET /health app@11 -> fn:11',
      ],
      'src/routes/admin.ts': ['router admin@8 router prefix=/admin exports=admin', 'route GET /stats admin@10 -> fn:10'],
      'src/routes/notes.ts': [
        'router notes@6 router exports=default',
        'route GET / notes@8 -> fn:8',
        'route POST / notes@10 -> fn:10',
        'route GET /:id notes@17 -> fn:17',
        'route DELETE /:id notes@21 -> fn:21',
        'route PUT /:id notes@26 -> fn:26',
        'route PATCH /:id notes@26 -> fn:26',
      ],
      'src/routes/tags.ts': ['router tags@17 router exports=tags', 'route GET / tags@19 -> listTags:9', 'route POST / tags@20 -> createTag:11'],
    });
  });

  it('koa-js', async () => {
    const facts = await appFacts('koa-js');
    expect(facts.flatMap((file) => file.syntaxErrors)).toEqual([]);
    expect(declared(facts)).toEqual({
      'src/app.js': ['router app@6 app exports=default', 'mount app <- status at - @18', 'mount app <- api at - @19'],
      'src/routes/index.js': [
        'router api@5 router prefix=/api exports=default',
        'mount api <- projects at /projects @7',
        'mount api <- tasks at /tasks @8',
        'route ALL /ping api@9 -> fn:9',
      ],
      'src/routes/projects.js': [
        'router router@5 router exports=default',
        'router projectTasks@13 router',
        'mount router <- projectTasks at /:projectId/tasks @16',
        'route GET / router@7 -> projects.list:7',
        'route POST / router@8 -> projects.create:8',
        'route GET /:id router@9 -> projects.show:9',
        'route DELETE /:id router@10 -> projects.remove:10',
        'route GET / projectTasks@14 -> tasks.listForProject:14',
        'route POST / projectTasks@15 -> tasks.create:15',
      ],
      'src/routes/status.js': ['router status@4 router prefix=/status exports=default', 'route GET / status@7 -> fn:7'],
      'src/routes/tasks.js': ['router router@4 router exports=default', 'route PATCH /:id router@6 -> update:6', 'route DELETE /:id router@7 -> remove:7'],
    });
  });
});

describe('Node fixture apps: models and database evidence', () => {
  it('express-js: Sequelize models, associations and postgres', async () => {
    const facts = await appFacts('express-js');
    expect(facts.flatMap((file) => file.models.map((model) => `${file.path}: ${model.name} -> ${model.table}`))).toEqual([
      'src/models/order.js: Order -> orders',
      'src/models/product.js: Product -> products',
      'src/models/product.js: OrderItem -> order_items',
      'src/models/user.js: User -> users',
    ]);
    const associations = facts.find((file) => file.path === 'src/models/index.js')!.checkFacts['sequelize-associations'];
    expect(associations).toHaveLength(4);
    const engines = new Set(facts.flatMap((file) => file.database.map((fact) => fact.engine)).filter(Boolean));
    expect([...engines]).toEqual(['postgres']);
  });

  it('hono-ts: Drizzle tables on SQLite; koa-js: Mongoose on MongoDB', async () => {
    const hono = await appFacts('hono-ts');
    expect(hono.flatMap((file) => file.models.map((model) => `${model.orm}:${model.name}`))).toEqual(['drizzle:notes', 'drizzle:tags', 'drizzle:noteTags']);
    expect(new Set(hono.flatMap((file) => file.database.map((fact) => fact.engine)).filter(Boolean))).toEqual(new Set(['sqlite']));
    const koa = await appFacts('koa-js');
    expect(koa.flatMap((file) => file.models.map((model) => `${model.orm}:${model.name}`))).toEqual(['mongoose:Project', 'mongoose:Task', 'mongoose:User']);
    expect(koa.flatMap((file) => file.database.filter((fact) => fact.isDefault).map((fact) => `${file.path}:${fact.subject}:${fact.engine}`))).toEqual(['src/db.js:MONGODB_URI:mongodb']);
  });
});
