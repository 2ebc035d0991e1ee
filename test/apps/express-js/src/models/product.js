const { DataTypes, Model } = require('sequelize');
const { sequelize } = require('../db');

class Product extends Model {}

Product.init(
  {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: DataTypes.STRING, allowNull: false },
    priceCents: { type: DataTypes.INTEGER, allowNull: false, field: 'price_cents' },
  },
  { sequelize, modelName: 'Product', tableName: 'products', underscored: true },
);

class OrderItem extends Model {}

OrderItem.init(
  { quantity: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 } },
  { sequelize, tableName: 'order_items', underscored: true },
);

module.exports = { Product, OrderItem };
