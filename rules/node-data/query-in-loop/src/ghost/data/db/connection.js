const knex = require('knex');

module.exports = knex({ client: 'sqlite3', connection: { filename: process.env.DB_FILE } });
