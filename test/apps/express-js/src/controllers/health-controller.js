const { sequelize } = require('../db');

async function show(req, res) {
  await sequelize.query('SELECT 1');
  res.json({ status: 'ok' });
}

module.exports = { show };
