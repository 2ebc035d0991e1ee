import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../../source/parse-file.js';
import type { FileRulePayload } from '../types.js';
import { INTERPOLATED_SQL, type InterpolatedSqlFact } from './node-sql-facts.js';

const payload: FileRulePayload = { version: 1, rules: [], dataAccessPaths: [], checks: ['node-interpolated-sql'] };

async function spliced(text: string, file = 'a.js'): Promise<string[]> {
  const outcome = await parseFileToFacts(file, text, { perFileRules: payload });
  if (outcome.kind !== 'parsed') throw new Error(outcome.kind);
  return ((outcome.facts.checkFacts[INTERPOLATED_SQL] ?? []) as InterpolatedSqlFact[]).map((fact) => `${fact.line} ${fact.method} ${fact.value}`);
}

describe('interpolated-sql facts', () => {
  it('records the first spliced part that may carry a value, in queries, raw calls and concatenations', async () => {
    const found = await spliced(
      [
        'db.query(`SELECT * FROM t WHERE a = ${TABLE} AND b = ${id}`);',
        "db.all('select * from t where name = ' + name);",
        'db.get(`/users/${id}`);',
        "cache.get('select ' + key);",
      ].join('\n'),
    );
    // A URL is no SQL; `get()` on a SQL-looking string is recorded whatever its receiver, as before.
    expect(found).toEqual(['1 query id', '2 all name', '4 get key']);
  });

  it('follows locals to what they hold, and gives up when a name is rebound, shadowed or handed on', async () => {
    const found = await spliced(
      [
        "const TABLE = 'users';",
        "const table = 'users';",
        'function a(knex, ids) {',
        "  const slots = ids.map(() => '?').join(',');",
        '  return knex.raw(`select * from ${table} where id in (${slots})`, ids);',
        '}',
        'function b(knex, tables) {',
        '  for (const table of tables) knex.raw(`delete from ${table}`);',
        '}',
        'function c(knex, extra) {',
        '  const parts = [];',
        "  parts.push('a = ?');",
        '  addFilters(parts, extra);',
        "  return knex.raw(`select * from t where ${parts.join(' and ')}`);",
        '}',
        'function d(knex, name) {',
        "  let clause = 'true';",
        '  if (name) clause = `name = ${name}`;',
        '  return knex.raw(`select * from t where ${clause}`);',
        '}',
      ].join('\n'),
    );
    expect(found).toEqual(['8 raw table', "14 raw parts.join(' and ')", '19 raw clause']);
  });

  it('takes identifier quoting, numbers and pg placeholders as safe, and reads $queryRawUnsafe whatever its text', async () => {
    const found = await spliced(
      [
        'pool.query(`SELECT ${client.escapeIdentifier(col)} FROM t LIMIT ${Number(n)} OFFSET ${rows.length}`);',
        'pool.query(`SELECT * FROM t WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(",")})`, ids);',
        'prisma.$queryRawUnsafe(`${base} WHERE id = 1`);',
      ].join('\n'),
      'a.ts',
    );
    expect(found).toEqual(['3 $queryRawUnsafe base']);
  });
});
