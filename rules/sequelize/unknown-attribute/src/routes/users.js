const express = require('express');
const { Op } = require('sequelize');
const { User, Post } = require('../models');

const router = express.Router();

router.get('/users', async (req, res) => {
  const users = await User.findAll({
    attributes: [
      'id',
      'email',
      'fristName', // expect: sequelize/unknown-attribute
      ['first_name', 'name'], // ok: sequelize/unknown-attribute
    ],
    where: {
      [Op.or]: [{ email: req.query.q }, { firstName: req.query.q }],
      '$posts.title$': { [Op.ne]: null }, // ok: sequelize/unknown-attribute
      active: true, // expect: sequelize/unknown-attribute
    },
    order: [['createdAt', 'DESC']], // ok: sequelize/unknown-attribute
    include: [{ model: Post, as: 'posts', where: { published: true } }], // expect: sequelize/unknown-attribute
  });
  res.json(users);
});

router.get('/users/:id', async (req, res) => {
  const user = await User.findByPk(req.params.id, {
    attributes: { exclude: ['password'] }, // ok: sequelize/unknown-attribute
  });
  res.json(user);
});

router.get('/users/changed', async (req, res) => {
  // `gmt_modified` is the `updatedAt` that src/db.js names for every model.
  const changed = await User.findAll({ where: { gmt_modified: { [Op.gt]: req.query.since } } }); // ok: sequelize/unknown-attribute
  const typo = await User.findAll({ where: { gmt_modifed: { [Op.gt]: req.query.since } } }); // expect: sequelize/unknown-attribute
  res.json({ changed, typo });
});

module.exports = router;
