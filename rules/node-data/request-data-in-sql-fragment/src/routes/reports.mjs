import Router from '@koa/router';
import { sequelize } from '../db.js';

export const router = new Router();

router.get('/reports', async (ctx) => {
  const { from, to } = ctx.query;
  const where = `created_at BETWEEN '${from}' AND '${to}'`;
  const sql = `SELECT * FROM reports WHERE ${where}`;
  ctx.body = await sequelize.query(sql); // expect: node-data/request-data-in-sql-fragment
});

router.post('/reports/search', async (ctx) => {
  const { title } = ctx.request.body;
  const [rows] = await sequelize.query('SELECT * FROM reports WHERE title = :title', { replacements: { title } }); // ok: node-data/request-data-in-sql-fragment
  ctx.body = rows;
});
