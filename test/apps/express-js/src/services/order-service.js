const { sequelize, Order, Product, User } = require('../models');

function list() {
  return Order.findAll({ include: [{ model: User, as: 'customer' }] });
}

function listForUser(userId) {
  return Order.findAll({ where: { customerId: userId } });
}

function find(id) {
  return Order.findByPk(id, { include: [{ model: Product, as: 'products' }] });
}

async function place(customerId, items) {
  return sequelize.transaction(async (transaction) => {
    const order = await Order.create({ customerId, status: 'placed' }, { transaction });
    for (const item of items) {
      await order.addProduct(item.productId, { through: { quantity: item.quantity }, transaction });
    }
    return order;
  });
}

async function cancel(id) {
  await Order.update({ status: 'cancelled' }, { where: { id } });
}

module.exports = { list, listForUser, find, place, cancel };
