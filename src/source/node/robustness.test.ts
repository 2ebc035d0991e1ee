import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../facts.js';
import { grammarForPath, parserFor } from '../grammars.js';
import { extractNodeFacts } from './extract-node.js';
import { extractContext } from '../extract.js';

/**
 * Code under review is often half-written: every prefix of every fixture file (cut every few
 * characters, so most cuts land mid-expression) must extract without throwing.
 */
describe('extractNodeFacts on broken code', () => {
  it('never throws on truncated fixture files', async () => {
    const files = fg.sync('test/apps/{express-js,fastify-ts,hono-ts,koa-js}/src/**/*.{js,ts}').sort();
    let attempts = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const grammar = grammarForPath(file)!;
      const parser = await parserFor(grammar);
      for (let cut = 17; cut < text.length; cut += 41) {
        const partial = text.slice(0, cut);
        const tree = parser.parse(partial)!;
        try {
          const facts = emptyFacts(file, grammar, 'x', 1);
          expect(() => extractNodeFacts(extractContext({ path: file, text: partial, grammar, tree, facts })), `${file} cut at ${cut}`).not.toThrow();
          attempts++;
        } finally {
          tree.delete();
        }
      }
    }
    expect(attempts).toBeGreaterThan(300);
  });
});
