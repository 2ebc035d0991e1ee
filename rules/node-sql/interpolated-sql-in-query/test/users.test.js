const { pool } = require('./helpers');

it('finds the user', async () => {
  const id = 42;
  const name = process.env.USER_NAME;
  await pool.query(`SELECT * FROM users WHERE name = '${name}' AND id = ${id}`); // ok: node-sql/interpolated-sql-in-query
});
