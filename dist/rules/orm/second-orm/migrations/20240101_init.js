// Migrations may use their own tool.
const knex = require('knex'); // ok: orm/second-orm

module.exports = { up: (db) => db.schema.createTable('orders', () => {}), knex };
