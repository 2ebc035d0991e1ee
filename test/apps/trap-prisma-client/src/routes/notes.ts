import Router from '@koa/router';
import { prisma } from '../db.js';

export const notesRouter = new Router({ prefix: '/notes' });

notesRouter.get('/', async (ctx) => {
  ctx.body = await prisma.note.findMany({ orderBy: { id: 'asc' } });
});
