const { Sequelize } = require('sequelize');
const config = require('./config');

const database = config.database;
// Defaults for every model: the legacy schema names its timestamp columns this way.
database.define = {
  timestamps: true,
  createdAt: 'gmt_create',
  updatedAt: 'gmt_modified',
};

module.exports = new Sequelize(database.db, database.username, database.password, database);
