const express = require('express');
const db = require('../db');
const { User } = require('../models/user');

const router = express.Router();

router.get('/users', async (req, res) => {
  const users = User.findAll({ where: { active: true } }); // expect: node-data/missing-await
  res.json({ count: users.length, users });
});

router.get('/users/:id', async (req, res) => {
  // expect: node-data/missing-await
  if (!User.findByPk(req.params.id)) return res.status(404).end();
  const user = await User.findByPk(req.params.id); // ok: node-data/missing-await
  res.json(user);
});

router.get('/stats', async (req, res) => {
  const total = db.query('SELECT count(*) FROM users').rows; // expect: node-data/missing-await
  res.json(User.count()); // expect: node-data/missing-await
});

router.get('/export', async (req, res) => {
  // Started together and awaited together: the promises are used as promises.
  const usersPromise = User.findAll(); // ok: node-data/missing-await
  const countPromise = User.count(); // ok: node-data/missing-await
  const [users, count] = await Promise.all([usersPromise, countPromise]);
  res.json({ users, count });
});

function listActive() {
  return User.findAll({ where: { active: true } }); // ok: node-data/missing-await
}

function legacyCount(callback) {
  db.query('SELECT count(*) FROM users', (error, result) => callback(error, result)); // ok: node-data/missing-await
}

router.get('/cache', (req, res) => {
  // Not a data call: `cache` is no model or pool.
  res.json(cache.findAll().length); // ok: node-data/missing-await
});

module.exports = { router, listActive, legacyCount };
