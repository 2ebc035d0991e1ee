const { Sequelize } = require('sequelize');
const { User } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL);

async function start(app) {
  // expect: sequelize/sync-force-outside-tests
  await sequelize.sync({ force: true });
  await User.sync({ alter: false, force: true }); // expect: sequelize/sync-force-outside-tests
  app.listen(3000);
}

async function startSafely(app) {
  await sequelize.sync(); // ok: sequelize/sync-force-outside-tests
  await sequelize.sync({ force: false }); // ok: sequelize/sync-force-outside-tests
  // `alter` keeps the data; it is a migration shortcut, not a reset.
  await sequelize.sync({ alter: true }); // ok: sequelize/sync-force-outside-tests
  await cache.flush({ force: true }); // ok: sequelize/sync-force-outside-tests
  app.listen(3000);
}

module.exports = { start, startSafely };
