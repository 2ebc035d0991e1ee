import type { FastifyInstance } from 'fastify';

export default async function (fastify: FastifyInstance) {
  fastify.get('/stats', async () => {
    const [authors, books] = await Promise.all([fastify.prisma.author.count(), fastify.prisma.book.count()]);
    return { authors, books };
  });
}
