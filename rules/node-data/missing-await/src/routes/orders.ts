import { Hono } from 'hono';
import mysql from 'mysql2/promise';
import { prisma } from '../prisma';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = new Hono();

// Sent through Hono's context: hono/promise-in-response reports it, not this rule.
app.get('/orders', (c) => c.json(prisma.order.findMany())); // ok: node-data/missing-await

app.get('/orders/:id', async (c) => {
  const order = { ...prisma.order.findUnique({ where: { id: c.req.param('id') } }) }; // expect: node-data/missing-await
  // Prisma's fluent API reads a relation through the query: no await needed yet.
  const items = await prisma.order.findUnique({ where: { id: c.req.param('id') } }).items(); // ok: node-data/missing-await
  return c.json({ order, items });
});

app.get('/legacy', async (c) => {
  const [rows] = pool.query('SELECT * FROM legacy_orders'); // expect: node-data/missing-await
  const [fresh] = await pool.execute('SELECT * FROM orders'); // ok: node-data/missing-await
  return c.json({ rows, fresh });
});

app.get('/count', async (c) => c.json(await prisma.order.count())); // ok: node-data/missing-await

export default app;
