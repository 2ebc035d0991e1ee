// The knex instance is handed out by a getter, so requiring this module does not connect (Ghost's data/db).
let connection;

Object.defineProperty(exports, 'knex', {
  enumerable: true,
  configurable: true,
  get: function get() {
    connection = connection || require('./connection');
    return connection;
  },
});
