import { Pool } from 'pg';

const pool = new Pool();
const REPORTS_TABLE = 'reports';

export async function byIds(ids: string[]) {
  // ok: node-sql/interpolated-sql-in-query
  const { rows } = await pool.query(`SELECT * FROM ${REPORTS_TABLE} WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, ids);
  return rows;
}

export async function latest(limit: number, columns: string[], client: { escapeIdentifier(name: string): string }) {
  const list = columns.map((column) => client.escapeIdentifier(column)).join(', ');
  const slots = Array(columns.length).fill('?').join(',');
  // ok: node-sql/interpolated-sql-in-query
  const recent = await pool.query(`SELECT ${list} FROM reports ORDER BY created_at DESC LIMIT ${Math.min(limit, 100)}`);
  const marked = await pool.query('SELECT ' + slots + ' AS marks', columns); // ok: node-sql/interpolated-sql-in-query
  return { recent, marked };
}

export async function byOwners(owners: string[]) {
  return pool.query(`SELECT * FROM reports WHERE owner IN (${owners.join(', ')})`); // expect: node-sql/interpolated-sql-in-query
}

export async function since(days: string) {
  const window = `now() - interval '${days} days'`;
  return pool.query(`SELECT * FROM reports WHERE created_at > ${window}`); // expect: node-sql/interpolated-sql-in-query
}
