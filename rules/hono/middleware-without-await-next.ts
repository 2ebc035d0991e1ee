import { Hono, type Context, type Next } from 'hono';
import { createMiddleware } from 'hono/factory';

const app = new Hono();

app.use('*', async (c, next) => {
  const start = Date.now();
  next(); // expect: hono/middleware-without-await-next
  c.header('X-Response-Time', `${Date.now() - start}ms`);
});

export const auth = createMiddleware(async (c: Context, next: Next) => {
  if (!c.req.header('authorization')) return c.json({ error: 'unauthorized' }, 401);
  // expect: hono/middleware-without-await-next
  next();
});

app.use('/api/*', async (c, next) => {
  await next(); // ok: hono/middleware-without-await-next
  c.header('Cache-Control', 'no-store');
});

app.use('/health', (c, next) => next()); // ok: hono/middleware-without-await-next

app.get('/items', async (c) => {
  const cursor = c.req.query('cursor');
  const page = pages.next(); // ok: hono/middleware-without-await-next
  return c.json({ cursor, page });
});

// Socket.IO middleware is callback style: `next()` is how it continues.
io.use((socket: Socket, next: (error?: Error) => void) => {
  next(); // ok: hono/middleware-without-await-next
});

export default app;
