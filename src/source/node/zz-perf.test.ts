import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parserFor } from '../grammars.js';
import { emptyFacts } from '../facts.js';
import { extractNodeFacts } from './extract-node.js';
it('perf', async () => {
  for (const file of ['node_modules/uglify-js/lib/compress.js', 'node_modules/handlebars/dist/handlebars.amd.js', 'node_modules/express/lib/router/index.js', 'node_modules/fastify/fastify.js']) {
    let text: string; try { text = readFileSync(file, 'utf8'); } catch { continue; }
    const parser = await parserFor('javascript');
    let t = performance.now();
    const tree = parser.parse(text)!;
    const parse = performance.now() - t;
    const facts = emptyFacts(file, 'javascript', 'x', 1);
    t = performance.now();
    extractNodeFacts({ path: file, text, grammar: 'javascript', tree, root: tree.rootNode, facts });
    const extract = performance.now() - t;
    console.log(`${file} ${text.length}B parse ${parse.toFixed(0)}ms node-extract ${extract.toFixed(0)}ms routes ${facts.routes.length} routers ${facts.routers.length} db ${facts.database.length}`);
    tree.delete();
  }
});
