const db = require('../data/db');
const { knex } = require('../data/db');

async function memberCount() {
  const rows = db.knex('members').count('id as count'); // expect: node-data/missing-await
  return rows[0].count;
}

async function hasLabels() {
  // expect: node-data/missing-await
  if (!knex('labels').first()) return false;
  const [row] = await db.knex('labels').count('id as count'); // ok: node-data/missing-await
  const sql = db.knex.raw('select 1').toString(); // ok: node-data/missing-await
  return row.count > 0 && sql.length > 0;
}

async function pragma() {
  const mode = db.knex.raw('PRAGMA journal_mode'); // expect: node-data/missing-await
  return mode.rows;
}

module.exports = { memberCount, hasLabels, pragma };
