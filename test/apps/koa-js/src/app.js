import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import api from './routes/index.js';
import status from './routes/status.js';

const app = new Koa();

app.use(bodyParser());
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    ctx.status = error.status ?? 500;
    ctx.body = { error: error.message };
  }
});

app.use(status.routes());
app.use(api.routes()).use(api.allowedMethods());

export default app;
