// The default only makes local development work out of the box; deployments set DATABASE_URL.
const databaseUrl = process.env.DATABASE_URL || 'postgres://shop:shop@localhost:5432/shop';

module.exports = {
  databaseUrl,
  pageSize: 20,
};
