const express = require('express');
const { User, Post, Comment } = require('../models');

const router = express.Router();

router.get('/users/:id', async (req, res) => {
  const user = await User.findByPk(req.params.id, {
    // expect: sequelize/include-alias-mismatch
    include: [{ model: Post, as: 'articles' }],
  });
  res.json(user);
});

router.get('/users', async (req, res) => {
  const users = await User.findAll({
    include: [
      // The association is aliased, so Sequelize needs `as: 'posts'`.
      Post, // expect: sequelize/include-alias-mismatch
      // ok: sequelize/include-alias-mismatch
      { model: Post, as: 'posts' },
    ],
  });
  res.json(users);
});

router.get('/users/:id/comments', async (req, res) => {
  const comments = await Comment.findAll({
    where: { PostId: req.params.id },
    // ok: sequelize/include-alias-mismatch
    include: [User, { model: Post, include: [{ model: User, as: 'author' }] }],
  });
  res.json(comments);
});

module.exports = router;
