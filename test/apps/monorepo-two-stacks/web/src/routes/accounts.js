const { Router } = require('express');
const db = require('../db');

const router = Router();

router.get('/', async (req, res) => {
  res.json(await db('accounts').select('id', 'email'));
});

module.exports = router;
