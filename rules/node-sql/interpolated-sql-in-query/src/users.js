const { Pool } = require('pg');

const pool = new Pool();

async function findUser(id) {
  // expect: node-sql/interpolated-sql-in-query
  const result = await pool.query(`SELECT * FROM users WHERE id = ${id}`);
  return result.rows[0];
}

async function findByName(db, name, limit) {
  return db.all("SELECT * FROM users WHERE name = '" + name + "' LIMIT " + limit); // expect: node-sql/interpolated-sql-in-query
}

async function removeUser(knex, id) {
  await knex.raw(`delete from users where id = ${id}`); // expect: node-sql/interpolated-sql-in-query
}

async function findUserSafely(id) {
  // ok: node-sql/interpolated-sql-in-query
  const result = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
  const all = await pool.query(`SELECT * FROM users ORDER BY id`); // ok: node-sql/interpolated-sql-in-query
  return { one: result.rows[0], all: all.rows };
}

function routes(router, cache) {
  // Not SQL: a cache lookup whose key is built by interpolation.
  router.get(`/users/${'id'}`, () => cache.get(`user:${router.name}`)); // ok: node-sql/interpolated-sql-in-query
}

module.exports = { findUser, findByName, removeUser, findUserSafely, routes };
