const { Sequelize } = require('sequelize');
const { Pool } = require('pg');
const { databaseUrl } = require('./config');

const sequelize = new Sequelize(databaseUrl, {
  dialect: 'postgres',
  logging: false,
});

// Reports run hand-written SQL; a plain pool avoids model hydration for large aggregates.
const pool = new Pool({ connectionString: databaseUrl, max: 5 });

module.exports = { sequelize, pool };
