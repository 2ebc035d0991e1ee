const { DataTypes, Model } = require('sequelize');

class User extends Model {}

function initUser(sequelize) {
  User.init({ email: DataTypes.STRING }, { sequelize, modelName: 'user' });
  return User;
}

module.exports = { User, initUser };
