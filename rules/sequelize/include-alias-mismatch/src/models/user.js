const { DataTypes } = require('sequelize');
const sequelize = require('../db');

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, allowNull: false },
  name: DataTypes.STRING,
});

module.exports = User;
