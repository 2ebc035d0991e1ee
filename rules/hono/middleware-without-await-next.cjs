const { Hono } = require('hono');
const { logger } = require('./logger');

const app = new Hono();

app.use('/api/*', async (c, next) => {
  logger.info(c.req.path);
  next(); // expect: hono/middleware-without-await-next
});

app.use('/admin/*', async (c, next) => {
  if (c.req.header('x-admin') !== 'yes') return c.text('forbidden', 403);
  return next(); // ok: hono/middleware-without-await-next
});

module.exports = app;
