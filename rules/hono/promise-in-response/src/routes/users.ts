import { Hono } from 'hono';
import { kysely, prisma } from '../db';

export const users = new Hono();

users.get('/users', (c) => c.json(prisma.user.findMany())); // expect: hono/promise-in-response

users.get('/users/:id', async (c) => {
  const user = prisma.user.findUnique({ where: { id: c.req.param('id') } }); // expect: hono/promise-in-response
  return c.json(user);
});

// The handler resolves to rows: Hono needs a Response.
users.get('/tags', (c) => kysely.selectFrom('tag').selectAll().execute()); // expect: hono/promise-in-response

users.get('/tags/:id', async (c) => await kysely.selectFrom('tag').selectAll().where('id', '=', Number(c.req.param('id'))).executeTakeFirst()); // expect: hono/promise-in-response

users.get('/count', async (c) => c.json(await prisma.user.count())); // ok: hono/promise-in-response

users.get('/all', async (c) => {
  const [list, total] = await Promise.all([prisma.user.findMany(), prisma.user.count()]); // ok: hono/promise-in-response
  return c.json({ list, total });
});

// A helper, not a handler: returning the promise is how it hands on the rows.
export function listUsers() {
  return prisma.user.findMany(); // ok: hono/promise-in-response
}
