const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

const Account = sequelize.define('Account', { balance: DataTypes.INTEGER });
const Transfer = sequelize.define('Transfer', { amount: DataTypes.INTEGER, fromId: DataTypes.INTEGER, toId: DataTypes.INTEGER });

module.exports = { sequelize, Account, Transfer };
