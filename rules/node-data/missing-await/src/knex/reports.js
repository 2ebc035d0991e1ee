const express = require('express');
const db = require('./db');

const router = express.Router();

router.get('/reports', async (req, res) => {
  const reports = db('reports').where({ owner: req.user.id }); // expect: node-data/missing-await
  res.json({ count: reports.length });
});

router.get('/reports/:id', async (req, res) => {
  // expect: node-data/missing-await
  if (!db('reports').where({ id: req.params.id }).first()) return res.sendStatus(404);
  // A builder grows through its variable and runs once awaited.
  const query = db('reports').select('id', 'title'); // ok: node-data/missing-await
  if (req.query.mine) query.where({ owner: req.user.id });
  res.json(await query);
});

router.get('/reports.sql', (req, res) => {
  res.type('text/plain').send(db('reports').where({ id: 1 }).toString()); // ok: node-data/missing-await
});

router.post('/reports/archive', async (req, res) => {
  await db.transaction(async (trx) => {
    const ids = trx('reports').pluck('id'); // expect: node-data/missing-await
    await trx('archive').insert(ids.map((id) => ({ id })));
  });
  res.sendStatus(204);
});

module.exports = router;
