// A migration runs SQL its author wrote, once: not a place for request data.
exports.up = async function up(knex) {
  const table = await knex('settings').first('value');
  await knex.raw(`CREATE INDEX IF NOT EXISTS posts_${table.value}_index ON posts (published_at)`);
  // ok: node-sql/interpolated-sql-in-query
  await knex.raw(`DELETE FROM posts WHERE slug = '${table.value}'`);
};
