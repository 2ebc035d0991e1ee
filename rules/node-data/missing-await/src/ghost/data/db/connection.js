const knex = require('knex');

let knexInstance;
if (!knexInstance) knexInstance = knex({ client: 'mysql2', connection: process.env.DATABASE_URL });

module.exports = knexInstance;
