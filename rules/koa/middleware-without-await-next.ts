import Koa, { type Context, type Next } from 'koa';

const app = new Koa();

export async function requireJson(ctx: Context, next: Next): Promise<void> {
  if (!ctx.is('json')) ctx.throw(415);
  next(); // expect: koa/middleware-without-await-next
}

app.use(async (ctx: Context, next: Next) => {
  await next(); // ok: koa/middleware-without-await-next
  ctx.set('X-Powered-By', 'koa');
});

app.use(async (ctx: Context, next: Next) => next()); // ok: koa/middleware-without-await-next

export default app;
