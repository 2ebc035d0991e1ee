const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, active: DataTypes.BOOLEAN });

module.exports = { sequelize, User };
