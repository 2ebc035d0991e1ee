const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  const start = Date.now();
  // expect: koa/middleware-without-await-next
  next();
  ctx.set('X-Response-Time', `${Date.now() - start}ms`);
});

app.use(function logger(ctx, next) {
  console.log(ctx.method, ctx.url);
  next(); // expect: koa/middleware-without-await-next
});

app.use(async (ctx, next) => {
  try {
    await next(); // ok: koa/middleware-without-await-next
  } catch (error) {
    ctx.status = error.status || 500;
  }
});

app.use((ctx, next) => {
  if (!ctx.state.user) ctx.throw(401);
  return next(); // ok: koa/middleware-without-await-next
});

// Socket.IO middleware is callback style: `next()` is how it continues.
io.use(async (socket, next) => {
  socket.data.user = await authenticate(socket.handshake.auth.token);
  next(); // ok: koa/middleware-without-await-next
});

// An iterator's `next()` is no middleware call.
function drain(iterator) {
  iterator.next(); // ok: koa/middleware-without-await-next
}

module.exports = { app, drain };
