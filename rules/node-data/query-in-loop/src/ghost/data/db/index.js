// Ghost's data/db: the knex instance is a lazy getter export.
let connection;

Object.defineProperty(exports, 'knex', {
  enumerable: true,
  configurable: true,
  get() {
    if (!connection) connection = require('./connection');
    return connection;
  },
});
