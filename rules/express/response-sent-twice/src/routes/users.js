const express = require('express');
const users = require('../services/users');

const router = express.Router();

router.get('/users/:id', async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) res.status(404).json({ error: 'not found' });
  res.json(user); // expect: express/response-sent-twice
});

router.get('/users/:id/avatar', async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.sendFile(user.avatarPath); // ok: express/response-sent-twice
});

router.post('/users', async (req, res) => {
  try {
    const user = await users.create(req.body);
    res.status(201).json(user);
  } catch (error) {
    res.status(400).json({ error: error.message }); // ok: express/response-sent-twice
  }
});

router.delete('/users/:id', (req, res) => {
  if (req.user.role !== 'admin') {
    res.sendStatus(403);
  } else {
    users.remove(req.params.id);
    res.sendStatus(204); // ok: express/response-sent-twice
  }
});

router.put('/users/:id', async (req, res) => {
  try {
    await users.update(req.params.id, req.body);
  } catch (error) {
    res.status(500).json({ error: 'update failed' });
  }
  res.sendStatus(204); // expect: express/response-sent-twice
});

router.get('/users', (req, res) => {
  users.list((error, list) => {
    if (error) return res.status(500).end();
    res.json(list); // ok: express/response-sent-twice
  });
  // Each callback answers once; this send is in another function.
  users.count().then((count) => res.set('X-Total', String(count)).end()); // ok: express/response-sent-twice
});

module.exports = router;
