const express = require('express');
const { User, Post } = require('../models');
const mailer = require('../mailer');

const router = express.Router();

router.get('/feed', async (req, res) => {
  const users = await User.findAll();
  // expect: node-data/query-in-loop
  for (const user of users) {
    user.dataValues.posts = await Post.findAll({ where: { UserId: user.id } });
  }
  res.json(users);
});

router.get('/authors', async (req, res) => {
  const users = await User.findAll({ limit: 20 });
  const withCounts = await Promise.all(
    users.map(async (user) => ({ ...user.toJSON(), posts: await Post.count({ where: { UserId: user.id } }) })), // expect: node-data/query-in-loop
  );
  res.json(withCounts);
});

router.post('/digest', async (req, res) => {
  const users = await User.findAll({ include: [Post] }); // ok: node-data/query-in-loop
  // The loop awaits no query: the posts came with the users.
  for (const user of users) await mailer.send(user.email, user.Posts); // ok: node-data/query-in-loop
  res.sendStatus(202);
});

router.post('/bulk', async (req, res) => {
  // ok: node-data/query-in-loop
  for (const id of req.body.ids) await Post.destroy({ where: { id } });
  res.sendStatus(204);
});

module.exports = router;
