const { sequelize } = require('../db');
const User = require('./user');
const Order = require('./order');
const { Product, OrderItem } = require('./product');

// Associations live here, once every model is defined, so model files need not require each other.
User.hasMany(Order, { as: 'orders', foreignKey: 'customerId' });
Order.belongsTo(User, { as: 'customer', foreignKey: 'customerId' });
Order.belongsToMany(Product, { through: OrderItem, as: 'products', foreignKey: 'orderId' });
Product.belongsToMany(Order, { through: OrderItem, as: 'orders', foreignKey: 'productId' });

module.exports = { sequelize, User, Order, Product, OrderItem };
