import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.js';
import { notes as notesTable } from '../db/schema.js';

const notes = new Hono();

notes.get('/', (c) => c.json(db.select().from(notesTable).all()));

notes.post('/', async (c) => {
  const body = await c.req.json<{ title: string; body?: string }>();
  const [note] = db.insert(notesTable).values({ title: body.title, body: body.body ?? '' }).returning().all();
  return c.json(note, 201);
});

notes
  .get('/:id', (c) => {
    const note = db.select().from(notesTable).where(eq(notesTable.id, Number(c.req.param('id')))).get();
    return note ? c.json(note) : c.json({ error: 'note not found' }, 404);
  })
  .delete('/:id', (c) => {
    db.delete(notesTable).where(eq(notesTable.id, Number(c.req.param('id')))).run();
    return c.body(null, 204);
  });

notes.on(['PUT', 'PATCH'], '/:id', async (c) => {
  const body = await c.req.json<{ title?: string; body?: string }>();
  const [note] = db
    .update(notesTable)
    .set(body)
    .where(eq(notesTable.id, Number(c.req.param('id'))))
    .returning()
    .all();
  return note ? c.json(note) : c.json({ error: 'note not found' }, 404);
});

export default notes;
