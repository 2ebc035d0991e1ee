import Koa from 'koa';
import { notesRouter } from './routes/notes.js';

const app = new Koa();
app.use(notesRouter.routes()).use(notesRouter.allowedMethods());
app.listen(Number(process.env.PORT ?? 3000));
