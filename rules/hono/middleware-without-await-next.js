import { Hono } from 'hono';

const app = new Hono();

app.use('*', async function timing(c, next) {
  next(); // expect: hono/middleware-without-await-next
});

app.use('*', async (c, next) => {
  await next(); // ok: hono/middleware-without-await-next
});

export default app;
