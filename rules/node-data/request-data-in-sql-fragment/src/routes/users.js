const express = require('express');
const { Sequelize } = require('sequelize');
const knex = require('./knex');
const { User } = require('./models');

const router = express.Router();

router.get('/users', async (req, res) => {
  const users = await User.findAll({
    // expect: node-data/request-data-in-sql-fragment
    order: Sequelize.literal(`${req.query.sort} ${req.query.direction}`),
  });
  res.json(users);
});

router.get('/search', async (req, res) => {
  const rows = await knex('users')
    .whereRaw(`lower(email) like '%${req.query.q}%'`) // expect: node-data/request-data-in-sql-fragment
    .orderByRaw('created_at ' + req.query.dir); // expect: node-data/request-data-in-sql-fragment
  res.json(rows);
});

router.get('/safe', async (req, res) => {
  const rows = await knex('users')
    .whereRaw('lower(email) = ?', [String(req.query.email).toLowerCase()]) // ok: node-data/request-data-in-sql-fragment
    .orderByRaw(`created_at ${DIRECTION}`); // ok: node-data/request-data-in-sql-fragment
  // An identifier the code controls, not the client.
  const recent = await User.findAll({ where: Sequelize.literal(`"${User.name}"."createdAt" > now() - interval '1 day'`) }); // ok: node-data/request-data-in-sql-fragment
  res.json({ rows, recent });
});

module.exports = router;
