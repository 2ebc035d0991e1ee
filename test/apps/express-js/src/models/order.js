const { DataTypes, Model } = require('sequelize');
const { sequelize } = require('../db');

class Order extends Model {}

Order.init(
  {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    customerId: { type: DataTypes.INTEGER, allowNull: false, field: 'customer_id' },
    status: { type: DataTypes.STRING, allowNull: false, defaultValue: 'placed' },
  },
  { sequelize, tableName: 'orders', underscored: true },
);

module.exports = Order;
