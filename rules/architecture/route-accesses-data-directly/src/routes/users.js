const express = require('express');
const { PrismaClient } = require('@prisma/client'); // expect: architecture/route-accesses-data-directly
const userService = require('../services/userService'); // ok: architecture/route-accesses-data-directly
const { User } = require('../models/user'); // ok: architecture/route-accesses-data-directly

const prisma = new PrismaClient();
const router = express.Router();

router.get('/users', async (req, res) => {
  res.json(await userService.listUsers()); // ok: architecture/route-accesses-data-directly
});

router.post('/users', async (req, res) => {
  const created = await userService.create(req.body); // ok: architecture/route-accesses-data-directly
  res.status(201).json(created);
});

router.get('/users/count', async (req, res) => {
  // expect: architecture/route-accesses-data-directly
  const count = await prisma.user.count();
  res.json({ count });
});

router.get('/users/:id', async (req, res) => {
  const user = await User.findByPk(req.params.id); // expect: architecture/route-accesses-data-directly
  const copy = Object.create(user); // ok: architecture/route-accesses-data-directly
  res.json(copy);
});

module.exports = router;
