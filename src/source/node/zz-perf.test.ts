import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parserFor } from '../grammars.js';
import { emptyFacts } from '../facts.js';
import { extractNodeFacts } from './extract-node.js';
it('perf', async () => {
  const files = fg.sync('node_modules/{express,fastify,@fastify,ajv,execa,newman,postman-runtime/lib,@octokit}/**/*.{js,mjs,cjs}', { ignore: ['**/*.min.js'] }).slice(0, 1500);
  const parser = await parserFor('javascript');
  let parse = 0, extract = 0, bytes = 0, routes = 0, routers = 0, db = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 2_000_000) continue;
    bytes += text.length;
    let t = performance.now();
    const tree = parser.parse(text)!;
    parse += performance.now() - t;
    const facts = emptyFacts(file, 'javascript', 'x', 1);
    t = performance.now();
    extractNodeFacts({ path: file, text, grammar: 'javascript', tree, root: tree.rootNode, facts });
    extract += performance.now() - t;
    routes += facts.routes.length; routers += facts.routers.length; db += facts.database.length;
    tree.delete();
  }
  console.log(`PERF files ${files.length} ${(bytes / 1e6).toFixed(1)}MB parse ${parse.toFixed(0)}ms node-extract ${extract.toFixed(0)}ms routes ${routes} routers ${routers} db ${db}`);
});
