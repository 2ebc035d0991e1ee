import { Hono } from 'hono';
import { logger } from 'hono/logger';
import notes from './routes/notes.js';
import { tags } from './routes/tags.js';
import { admin } from './routes/admin.js';

const app = new Hono().basePath('/api');

app.use('*', logger());

app.get('/health', (c) => c.json({ status: 'ok' }));

app.route('/notes', notes);
app.route('/tags', tags);
app.route('/', admin);

export default app;
