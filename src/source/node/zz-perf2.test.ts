import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parserFor } from '../grammars.js';
import { emptyFacts } from '../facts.js';
import { buildFileScope } from './file-scope.js';
import { frameworksOf } from './frameworks.js';
import { findRouters } from './routers.js';
import { extractRoutes } from './routes.js';
import { extractConstants } from './constants.js';
import { extractSequelizeModels } from './models-sequelize.js';
import { extractDecoratedModels } from './models-decorators.js';
import { extractMongooseModels } from './models-mongoose.js';
import { extractDrizzleModels } from './models-drizzle.js';
import { extractDatabaseEvidence } from './database-evidence.js';
it('perf', async () => {
  const files = fg.sync('node_modules/{express,fastify,@fastify,ajv,execa,newman,postman-runtime/lib,@octokit}/**/*.{js,mjs,cjs}', { ignore: ['**/*.min.js'] }).slice(0, 1500);
  const parser = await parserFor('javascript');
  const t: Record<string, number> = {};
  const time = (label: string, f: () => any) => { const s = performance.now(); const r = f(); t[label] = (t[label] ?? 0) + performance.now() - s; return r; };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const tree = parser.parse(text)!;
    const root = tree.rootNode;
    const facts = emptyFacts(file, 'javascript', 'x', 1);
    const scope = time('scope', () => buildFileScope(root, text));
    const fw = frameworksOf(scope);
    const routers = time('routers', () => findRouters(scope, fw));
    time('routes', () => extractRoutes(scope, routers, fw, facts));
    time('constants', () => extractConstants(root, scope, facts));
    time('sequelize', () => extractSequelizeModels(root, scope, facts));
    time('decorators', () => extractDecoratedModels(scope, facts));
    time('mongoose', () => extractMongooseModels(root, scope, facts));
    time('drizzle', () => extractDrizzleModels(scope, facts));
    time('db', () => extractDatabaseEvidence(file, root, scope, facts));
    tree.delete();
  }
  console.log('PERF ' + JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]))));
});
