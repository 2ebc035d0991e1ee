import { Hono } from 'hono';
import { db } from './db';

export const people = new Hono();

people.get('/people', async (c) => {
  const rows = db.selectFrom('person').selectAll().execute(); // expect: node-data/missing-await
  return c.json({ total: rows.length });
});

people.get('/people/:id', async (c) => {
  // The builder is not a promise: it runs when `execute` is awaited.
  const query = db.selectFrom('person').selectAll().where('id', '=', Number(c.req.param('id'))); // ok: node-data/missing-await
  const person = await query.executeTakeFirst(); // ok: node-data/missing-await
  return person ? c.json(person) : c.notFound();
});
