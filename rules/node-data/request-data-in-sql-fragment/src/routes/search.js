const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const router = express.Router();
const SORTABLE = { name: 'name', created: 'created_at' };

router.get('/search', async (req, res) => {
  const { q, sort } = req.query;
  let sql = 'SELECT id, name FROM products WHERE 1 = 1';
  if (q) sql += ` AND name ILIKE '%${q}%'`;
  sql += ' ORDER BY ' + (SORTABLE[sort] ?? 'id');
  const { rows } = await pool.query(sql); // expect: node-data/request-data-in-sql-fragment
  res.json(rows);
});

router.get('/products/:id', async (req, res) => {
  const id = Number(req.params.id);
  const sql = `SELECT * FROM products WHERE id = ${id}`;
  const { rows } = await pool.query(sql); // ok: node-data/request-data-in-sql-fragment
  res.json(rows[0]);
});

router.get('/products', async (req, res) => {
  const order = req.query.order;
  if (!['asc', 'desc'].includes(order)) return res.status(400).end();
  const sql = `SELECT * FROM products ORDER BY name ${order}`;
  res.json((await pool.query(sql)).rows); // ok: node-data/request-data-in-sql-fragment
});

router.get('/labels', async (req, res) => {
  const key = `labels:${req.query.lang}`;
  res.json(await cache.get(key)); // ok: node-data/request-data-in-sql-fragment
});

module.exports = router;
