// Services receive the knex instance as a dependency, typed in JSDoc (Ghost's stats services).
class MembersStatsService {
  /**
   * @param {object} deps
   * @param {import('knex').Knex} deps.knex
   * @param {object} deps.cache
   */
  constructor({ knex, cache }) {
    this.knex = knex;
    this.cache = cache;
  }

  async count() {
    const rows = this.knex('members').count('id as count'); // expect: node-data/missing-await
    return rows[0].count;
  }

  async countOnce() {
    const [row] = await this.knex('members').count('id as count'); // ok: node-data/missing-await
    // `cache` is untyped: whatever `find()` returns here is not known to be a promise.
    const cached = this.cache.find('members'); // ok: node-data/missing-await
    return cached.length || row.count;
  }
}

module.exports = MembersStatsService;
