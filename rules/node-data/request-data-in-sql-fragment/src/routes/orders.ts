import { Hono } from 'hono';
import { sequelize, Order } from './models';
import knex from './knex';

const app = new Hono();

app.get('/orders', async (c) => {
  const orders = await Order.findAll({
    where: sequelize.literal(`status = '${c.req.query('status')}'`), // expect: node-data/request-data-in-sql-fragment
  });
  return c.json(orders);
});

app.get('/orders/total', async (c) => {
  const total = await Order.findAll({
    attributes: [[sequelize.literal('SUM(amount)'), 'total']], // ok: node-data/request-data-in-sql-fragment
    where: sequelize.literal('status = :status'), // ok: node-data/request-data-in-sql-fragment
    replacements: { status: c.req.query('status') },
  });
  return c.json(total);
});

app.get('/orders/by/:field', async (c) => {
  const field = c.req.param('field');
  const orders = await Order.findAll({ order: sequelize.literal(field + ' DESC') }); // expect: node-data/request-data-in-sql-fragment
  return c.json(orders);
});

app.post('/orders/filter', async (c) => {
  const { status } = await c.req.json();
  const rows = await knex('orders').whereRaw(`status = '${status}'`); // expect: node-data/request-data-in-sql-fragment
  const safe = await knex('orders').whereRaw('status = ?', [status]); // ok: node-data/request-data-in-sql-fragment
  return c.json({ rows, safe });
});

export default app;
