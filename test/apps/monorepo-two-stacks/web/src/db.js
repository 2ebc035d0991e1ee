const knex = require('knex');

module.exports = knex({
  client: 'mysql2',
  connection: process.env.MYSQL_URL || 'mysql://acme:acme@localhost:3306/acme',
});
