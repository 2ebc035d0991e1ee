// Shapes that splice only identifiers, constants and placeholders into SQL (from Ghost's models and
// migrations): nothing there could be bound, and the values travel in the bindings array.
const mysql = require('mysql2');

const INDEX_NAME = 'posts_published_at_index';
const STATUS = { HIDDEN: 'hidden' };

async function hasIndex(knex) {
  // ok: node-sql/interpolated-sql-in-query
  const rows = await knex.raw(`select * from sqlite_master where type = 'index' and name = '${INDEX_NAME}'`);
  return rows.length > 0;
}

function displayableComments(knex, excludedStatuses, { parentIds, postId } = {}) {
  const statusPlaceholders = excludedStatuses.map(() => '?').join(',');
  const scope = {
    sql: [parentIds?.length ? `AND parent_id IN (${parentIds.map(() => '?').join(',')})` : '', postId ? 'AND post_id = ?' : ''].filter(Boolean).join('\n'),
    bindings: [...(parentIds ?? []), ...(postId ? [postId] : [])],
  };
  // ok: node-sql/interpolated-sql-in-query
  return knex.raw(
    `SELECT id FROM comments
     WHERE status NOT IN (${statusPlaceholders}) AND status <> '${STATUS.HIDDEN}'
       ${scope.sql}`,
    [...excludedStatuses, ...scope.bindings],
  );
}

async function updateCounts(knex, stats) {
  const cases = [];
  const bindings = [];
  for (const stat of stats) {
    cases.push(`WHEN ? THEN ?`);
    bindings.push(stat.id, stat.count);
  }
  // ok: node-sql/interpolated-sql-in-query
  await knex.raw(`UPDATE members SET email_count = CASE id ${cases.join(' ')} END WHERE id IN (${stats.map(() => '?').join(',')})`, [...bindings, ...stats.map((stat) => stat.id)]);
}

function page(db, ids, table, limit) {
  // ok: node-sql/interpolated-sql-in-query
  const first = db.all(`SELECT * FROM posts LIMIT ${Number(limit)} OFFSET ${ids.length}`);
  const byTable = db.all('SELECT * FROM ' + mysql.escapeId(table) + ' WHERE id = ?', [ids[0]]); // ok: node-sql/interpolated-sql-in-query
  return { first, byTable };
}

// Near misses the other way: a list or a clause that does hold values.
async function tagged(knex, names) {
  const cases = [];
  for (const name of names) cases.push(`WHEN '${name}' THEN 1`);
  await knex.raw(`UPDATE tags SET hit = CASE name ${cases.join(' ')} END`); // expect: node-sql/interpolated-sql-in-query
}

function filtered(knex, req) {
  const scope = { sql: 'AND 1 = 1' };
  scope.sql = `AND name = '${req.query.name}'`;
  return knex.raw(`SELECT id FROM comments WHERE status = ? ${scope.sql}`, ['published']); // expect: node-sql/interpolated-sql-in-query
}

module.exports = { hasIndex, displayableComments, updateCounts, page, tagged, filtered };
