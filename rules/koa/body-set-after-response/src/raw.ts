import Koa, { type Context } from 'koa';

const app = new Koa();

app.use(async (ctx: Context) => {
  if (ctx.path === '/raw') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'text/plain' });
    ctx.res.end('raw');
  }
  ctx.body = { ok: true }; // expect: koa/body-set-after-response
});

app.use(async (ctx: Context, next) => {
  if (ctx.path === '/stream') {
    ctx.res.end('bye');
    return;
  }
  await next();
  ctx.body = ctx.body ?? { ok: true }; // ok: koa/body-set-after-response
});

app.use(async (ctx: Context) => {
  const stream = openStream();
  stream.on('error', () => {
    ctx.status = 500; // expect: koa/body-set-after-response
  });
  ctx.body = stream; // ok: koa/body-set-after-response
});

// Streams the upstream answer itself, then returns from both the try and the catch: the JSON
// branch below runs only when it did not stream.
app.use(async (ctx: Context) => {
  const upstream = await fetch('https://example.invalid/ai');
  if (ctx.query.stream) {
    ctx.respond = false;
    ctx.res.statusCode = upstream.status;
    try {
      for await (const chunk of upstream.body as unknown as AsyncIterable<Uint8Array>) ctx.res.write(chunk);
      ctx.res.end();
      return;
    } catch (error) {
      ctx.res.end();
      return;
    }
  }
  ctx.status = upstream.status; // ok: koa/body-set-after-response
  ctx.body = await upstream.json(); // ok: koa/body-set-after-response
});

app.use(async (ctx: Context) => {
  if (ctx.query.stream) {
    ctx.respond = false;
    try {
      ctx.res.end(await render());
      return;
    } catch (error) {
      console.error(error);
    }
  }
  ctx.body = 'fallback'; // expect: koa/body-set-after-response
});

export default app;
