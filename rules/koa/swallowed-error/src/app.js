const Koa = require('koa');
const Router = require('@koa/router');
const { users } = require('./services');

const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) { // expect: koa/swallowed-error
    console.error(err);
  }
});

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) { // ok: koa/swallowed-error
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal error' };
    ctx.app.emit('error', err, ctx);
  }
});

router.get('/users/:id', async (ctx) => {
  try {
    ctx.body = await users.find(ctx.params.id);
  } catch (error) { // expect: koa/swallowed-error
    ctx.state.lastError = error;
  }
});

router.get('/users', async (ctx) => {
  try {
    ctx.body = await users.list();
  } catch (error) { // ok: koa/swallowed-error
    ctx.throw(503, 'users unavailable', { cause: error });
  }
});

router.get('/users/:id/avatar', async (ctx) => {
  let size = 64;
  try {
    size = Number.parseInt(ctx.query.size, 10);
  } catch { // ok: koa/swallowed-error
    size = 64;
  }
  ctx.body = await users.avatar(ctx.params.id, size);
});

app.use(router.routes());

module.exports = app;
