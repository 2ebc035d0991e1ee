const express = require('express');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const pg = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL }); // ok: node-data/client-per-request
const router = express.Router();

router.get('/users', async (req, res) => {
  const perRequest = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: node-data/client-per-request
  const { rows } = await perRequest.query('SELECT * FROM users');
  res.json(rows);
});

router.get('/orders', auth, async function listOrders(req, res) {
  // expect: node-data/client-per-request
  const connection = await mysql.createConnection({ host: 'db', user: 'app' });
  const [orders] = await connection.execute('SELECT * FROM orders WHERE user_id = ?', [req.user.id]);
  res.json(orders);
});

router.post('/audit', async (req, res) => {
  const client = new pg.Client(); // expect: node-data/client-per-request
  await client.connect();
  await client.query('INSERT INTO audit (entry) VALUES ($1)', [req.body.entry]);
  await client.end();
  res.sendStatus(201);
});

router.get('/health', async (req, res) => {
  const { rows } = await pool.query('SELECT 1 AS ok'); // ok: node-data/client-per-request
  res.json(rows[0]);
});

async function connectOnce() {
  return mysql.createPool({ host: 'db' }); // ok: node-data/client-per-request
}

module.exports = { router, connectOnce };
