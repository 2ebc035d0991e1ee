const { DataTypes } = require('sequelize');
const sequelize = require('../db');

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, allowNull: false },
  firstName: { type: DataTypes.STRING, field: 'first_name' },
  password: DataTypes.STRING,
});

module.exports = User;
