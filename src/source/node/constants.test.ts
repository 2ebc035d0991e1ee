import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import { NODE_CONSTANTS } from './conventions.js';

async function constantsOf(path: string, lines: string[]): Promise<unknown[] | undefined> {
  const outcome = await parseFileToFacts(path, lines.join('\n') + '\n');
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.facts.checkFacts[NODE_CONSTANTS];
}

describe('module-level constants', () => {
  it('records string constants, object members and compositions, and nothing else', async () => {
    expect(
      await constantsOf('src/config.ts', [
        "export const API_PREFIX = '/api';",
        'export const V1 = `${API_PREFIX}/v1`;',
        "export const PATHS = { users: '/users', nested: { deep: '/x' }, port: 3000 };",
        'const PORT = 3000;',
        'const app = makeApp();',
        'function f() { const local = "/not-module-level"; }',
        "export default { prefix: '/default' };",
      ]),
    ).toEqual([
      { name: 'API_PREFIX', value: '/api' },
      { name: 'V1', value: '/api/v1' },
      { name: 'users', container: 'PATHS', value: '/users' },
      { name: 'prefix', container: 'default', value: '/default' },
    ]);
  });

  it('records CommonJS exports', async () => {
    expect(await constantsOf('config.js', ["const base = process.env.BASE || '/api';", "module.exports = { apiPrefix: '/api', base };", "exports.admin = '/admin';"])).toEqual([
      // An environment fallback stays unresolved: the route is then marked partial.
      { name: 'base', text: "process.env.BASE || '/api'" },
      { name: 'apiPrefix', value: '/api' },
      { name: 'base', reference: 'base' },
      { name: 'admin', value: '/admin' },
    ]);
  });
});
