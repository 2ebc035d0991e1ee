const { Router } = require('express');
const users = require('../controllers/users-controller');
const orders = require('../controllers/orders-controller');

const router = Router();
// mergeParams lets the nested router read :userId from this router's path.
const userOrders = Router({ mergeParams: true });

router.get('/', users.list);
router.post('/', users.create);
router.get('/:id', users.show);
router.put('/:id', users.update);

userOrders.get('/', orders.listForUser);
router.use('/:userId/orders', userOrders);

module.exports = router;
