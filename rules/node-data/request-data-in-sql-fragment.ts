import { Hono } from 'hono';
import { sequelize, Order } from './models';

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

export default app;
