import { PrismaClient } from '@prisma/client';
import { PrismaD1 } from '@prisma/adapter-d1';
import Fastify from 'fastify';
import { Hono } from 'hono';

const prisma = new PrismaClient(); // ok: node-data/client-per-request
const fastify = Fastify();

fastify.get('/posts', async (request, reply) => {
  const db = new PrismaClient(); // expect: node-data/client-per-request
  return db.post.findMany();
});

fastify.get('/authors', { schema: {} }, async () => prisma.author.findMany()); // ok: node-data/client-per-request

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

// On Workers the database binding exists only per request.
app.get('/items', async (c) => {
  const adapter = new PrismaD1(c.env.DB);
  const client = new PrismaClient({ adapter }); // ok: node-data/client-per-request
  return c.json(await client.item.findMany());
});

export { app, fastify };
