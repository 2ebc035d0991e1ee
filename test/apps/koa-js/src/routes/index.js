import Router from '@koa/router';
import projects from './projects.js';
import tasks from './tasks.js';

const api = new Router({ prefix: '/api' });

api.use('/projects', projects.routes(), projects.allowedMethods());
api.use('/tasks', tasks.routes());
api.all('/ping', (ctx) => {
  ctx.body = 'pong';
});

export default api;
