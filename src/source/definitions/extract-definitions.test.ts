import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { DefinitionFact } from '../facts.js';

async function definitionsOf(path: string, text: string): Promise<DefinitionFact[]> {
  const outcome = await parseFileToFacts(path, text);
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.facts.definitions;
}

describe('Python definitions', () => {
  it('lists top-level functions, classes, variables and class methods', async () => {
    const definitions = await definitionsOf(
      'app/users.py',
      [
        'router = APIRouter()',
        'MAX: int = 10',
        '',
        '@router.get("/")',
        'async def list_users():',
        '    def inner(): pass',
        '    return []',
        '',
        'class UserService(Base):',
        '    table = "users"',
        '    @staticmethod',
        '    def build(): pass',
        '    async def fetch(self, id):',
        '        return id',
      ].join('\n'),
    );
    expect(definitions).toEqual([
      { name: 'router', kind: 'variable', line: 1, endLine: 1 },
      { name: 'MAX', kind: 'variable', line: 2, endLine: 2 },
      { name: 'list_users', kind: 'function', line: 4, endLine: 7, async: true },
      { name: 'UserService', kind: 'class', line: 9, endLine: 14 },
      { name: 'build', kind: 'method', line: 11, endLine: 12, container: 'UserService' },
      { name: 'fetch', kind: 'method', line: 13, endLine: 14, container: 'UserService', async: true },
    ]);
  });
});

describe('JavaScript and TypeScript definitions', () => {
  it('marks ESM exports, default exports and async functions', async () => {
    const definitions = await definitionsOf(
      'src/users.ts',
      [
        'export async function listUsers() {}',
        'function helper() {}',
        'export const create = async (req: Request) => {}, LIMIT = 5;',
        'let internal = 1;',
        'export class UserController {',
        '  async show() {}',
        '  handler = async () => {};',
        '  private count = 0;',
        '}',
        'export { helper };',
        'export default internal;',
      ].join('\n'),
    );
    expect(definitions).toEqual([
      { name: 'listUsers', kind: 'function', line: 1, endLine: 1, async: true, exported: true },
      { name: 'helper', kind: 'function', line: 2, endLine: 2, exported: true },
      { name: 'create', kind: 'function', line: 3, endLine: 3, async: true, exported: true },
      { name: 'LIMIT', kind: 'variable', line: 3, endLine: 3, exported: true },
      { name: 'internal', kind: 'variable', line: 4, endLine: 4, exported: true },
      { name: 'UserController', kind: 'class', line: 5, endLine: 9, exported: true },
      { name: 'show', kind: 'method', line: 6, endLine: 6, container: 'UserController', async: true },
      { name: 'handler', kind: 'method', line: 7, endLine: 7, container: 'UserController', async: true },
    ]);
  });

  it('marks CommonJS exports', async () => {
    const definitions = await definitionsOf(
      'src/legacy.js',
      [
        'async function a() {}',
        'function b() {}',
        'function hidden() {}',
        'module.exports = { a, renamed: b };',
        'exports.c = async function () {};',
        'module.exports.d = 42;',
      ].join('\n'),
    );
    expect(definitions).toEqual([
      { name: 'a', kind: 'function', line: 1, endLine: 1, async: true, exported: true },
      { name: 'b', kind: 'function', line: 2, endLine: 2, exported: true },
      { name: 'hidden', kind: 'function', line: 3, endLine: 3 },
      { name: 'c', kind: 'function', line: 5, endLine: 5, exported: true, async: true },
      { name: 'd', kind: 'variable', line: 6, endLine: 6, exported: true },
    ]);
  });

  it('names an anonymous default export `default`', async () => {
    const definitions = await definitionsOf('src/app.js', 'export default async (req, res) => {};\nmodule.exports = () => 1;\n');
    expect(definitions).toEqual([
      { name: 'default', kind: 'function', line: 1, endLine: 1, exported: true, async: true },
      { name: 'default', kind: 'function', line: 2, endLine: 2, exported: true },
    ]);
  });
});
