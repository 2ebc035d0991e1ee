import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { BookService } from '@/services/book-service.js';

const bookRoutes: FastifyPluginAsync = async (fastify) => {
  const books = new BookService(fastify.prisma);

  async function listBooks() {
    return books.list();
  }

  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/',
    handler: listBooks,
  });

  fastify.route({
    method: 'POST',
    url: '/',
    handler: async (request: FastifyRequest<{ Body: { title: string; isbn: string; authorId: number } }>, reply: FastifyReply) => {
      const book = await books.create(request.body);
      return reply.code(201).send(book);
    },
  });

  fastify.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    await books.remove(Number(request.params.id));
    return reply.code(204).send();
  });
};

export default bookRoutes;
