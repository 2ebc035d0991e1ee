import Router from '@koa/router';
import mongoose from 'mongoose';

const status = new Router();
status.prefix('/status');

status.get('/', (ctx) => {
  ctx.body = { status: 'ok', database: mongoose.connection.readyState === 1 ? 'up' : 'down' };
});

export default status;
