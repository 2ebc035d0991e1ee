const express = require('express');
const { Product } = require('../models');

const router = express.Router();

router.get('/', async (req, res) => {
  const products = await Product.findAll({ order: [['name', 'ASC']] });
  res.json(products);
});

router.post('/', async function createProduct(req, res) {
  const product = await Product.create(req.body);
  res.status(201).json(product);
});

module.exports = router;
