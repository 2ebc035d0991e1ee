const express = require('express');
const orders = require('../controllers/orders-controller');

const router = express.Router();

router.route('/').get(orders.list).post(orders.create);

router
  .route('/:id')
  .get(orders.show)
  .delete(orders.remove);

module.exports = router;
