import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { db } from '../db/client.js';
import { tags as tagsTable } from '../db/schema.js';

const factory = createFactory();

// createHandlers keeps the handler types when handlers live apart from the route table.
const listTags = factory.createHandlers((c) => c.json(db.select().from(tagsTable).all()));

const createTag = factory.createHandlers(async (c) => {
  const { name } = await c.req.json<{ name: string }>();
  const [tag] = db.insert(tagsTable).values({ name }).returning().all();
  return c.json(tag, 201);
});

export const tags = new Hono();

tags.get('/', ...listTags);
tags.post('/', ...createTag);
