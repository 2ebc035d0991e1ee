import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
export const app = Fastify();

app.get('/catalog/:category', async (request) => {
  const { category } = request.params as { category: string };
  const query = `SELECT * FROM "Item" WHERE category = '${category}'`;
  return prisma.$queryRawUnsafe(query); // expect: node-data/request-data-in-sql-fragment
});

app.get('/catalog', async (request) => {
  const { category } = request.query as { category: string };
  return prisma.$queryRawUnsafe('SELECT * FROM "Item" WHERE category = $1', category); // ok: node-data/request-data-in-sql-fragment
});

app.delete('/catalog/:id', async (request) => {
  // Interpolated in the call itself: prisma/interpolated-sql-in-unsafe-raw reports this one.
  return prisma.$executeRawUnsafe(`DELETE FROM "Item" WHERE id = ${(request.params as { id: string }).id}`); // ok: node-data/request-data-in-sql-fragment
});
