import { describe, expect, it } from 'vitest';
import { parseTomlLite, stringsOf } from './toml-lite.js';

describe('parseTomlLite', () => {
  it('reads tables, dotted and quoted keys, multi-line arrays with comments, and inline tables', () => {
    const document = parseTomlLite([
      'title = "x" # trailing comment',
      '[project]',
      'dependencies = [',
      '  "fastapi>=0.115",  # web',
      "  'sqlalchemy[asyncio]>=2',",
      ']',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      '"flask-cors" = { version = "^4", extras = ["x"] }',
      'physics.mass = 3',
      '[[tool.pdm.source]]',
      'url = """multi',
      'line"""',
    ].join('\n'));
    expect(document.problems).toEqual([]);
    const dependencies = document.entries.find((entry) => entry.key === 'dependencies')!;
    expect(dependencies.table).toBe('project');
    expect(stringsOf(dependencies.value)).toEqual([{ value: 'fastapi>=0.115', line: 4 }, { value: 'sqlalchemy[asyncio]>=2', line: 5 }]);
    const cors = document.entries.find((entry) => entry.key === 'flask-cors')!;
    expect(cors).toMatchObject({ table: 'tool.poetry.dependencies', line: 9, value: { kind: 'table' } });
    expect(document.entries.find((entry) => entry.key === 'mass')).toMatchObject({ table: 'tool.poetry.dependencies.physics', value: { kind: 'other', raw: '3' } });
    expect(document.entries.find((entry) => entry.key === 'url')).toMatchObject({ table: 'tool.pdm.source', value: { kind: 'string', value: 'multi\nline' } });
  });

  it('records a problem and goes on after a malformed line', () => {
    const document = parseTomlLite('[project]\nname = \ndependencies = ["flask"]\n');
    expect(document.problems).toHaveLength(1);
    expect(document.entries.map((entry) => entry.key)).toContain('dependencies');
  });
});
