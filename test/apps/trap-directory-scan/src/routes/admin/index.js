const fp = require('fastify-plugin');

module.exports = fp(async function admin(app) {
  app.get('/stats', async () => ({ uptime: process.uptime() }));
});
