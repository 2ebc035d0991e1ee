import { Hono } from 'hono';
import { count } from 'drizzle-orm';
import { db } from '../db/client.js';
import { notes, tags } from '../db/schema.js';

const ADMIN_PREFIX = '/admin';

export const admin = new Hono().basePath(ADMIN_PREFIX);

admin.get('/stats', (c) => {
  const [noteCount] = db.select({ value: count() }).from(notes).all();
  const [tagCount] = db.select({ value: count() }).from(tags).all();
  return c.json({ notes: noteCount?.value ?? 0, tags: tagCount?.value ?? 0 });
});
