import db from '../data/db';
import * as settings from '../settings';

export async function labelNames(): Promise<string[]> {
  const labels = db.knex('labels').select('name'); // expect: node-data/missing-await
  return labels.map((label: { name: string }) => label.name);
}

export async function labelCount(): Promise<number> {
  const [row] = await db.knex('labels').count('id as count'); // ok: node-data/missing-await
  // `settings` exports no handle: its `get()` is a plain function.
  const limit = settings.get('labels.limit'); // ok: node-data/missing-await
  return Math.min(Number(row.count), limit.max);
}
