const { pool } = require('../db');

async function sales(req, res) {
  const { rows } = await pool.query(
    `SELECT date_trunc('day', o.created_at) AS day, sum(i.quantity * p.price_cents) AS total_cents
       FROM orders o
       JOIN order_items i ON i.order_id = o.id
       JOIN products p ON p.id = i.product_id
      GROUP BY 1
      ORDER BY 1`,
  );
  res.json(rows);
}

module.exports = { sales };
