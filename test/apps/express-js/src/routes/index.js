const express = require('express');
const usersRouter = require('./users');
const ordersRouter = require('./orders');
const productsRouter = require('./products');
const reportsController = require('../controllers/reports-controller');

const router = express.Router();

router.use('/users', usersRouter);
router.use('/orders', ordersRouter);
router.use('/products', productsRouter);
router.get('/reports/sales', reportsController.sales);

module.exports = router;
