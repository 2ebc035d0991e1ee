const { Hono } = require('hono');
const { pool } = require('../db');

const reports = new Hono();

reports.get('/reports', async (c) => {
  return c.json(pool.query('SELECT * FROM reports')); // expect: hono/promise-in-response
});

reports.get('/reports/count', async (c) => {
  const { rows } = await pool.query('SELECT count(*) FROM reports'); // ok: hono/promise-in-response
  return c.json(rows[0]);
});

// Not a database call: the cache answers synchronously.
reports.get('/cached', (c) => c.json(cache.get('reports'))); // ok: hono/promise-in-response

module.exports = reports;
