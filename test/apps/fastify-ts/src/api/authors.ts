import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthorService } from '@/services/author-service.js';

type ById = { Params: { id: string } };
type NewAuthor = { Body: { name: string; email?: string } };

export async function authorRoutes(app: FastifyInstance): Promise<void> {
  const authors = new AuthorService(app.prisma);

  app.get('/', async () => authors.list());

  app.get<ById>('/:id', async (request: FastifyRequest<ById>, reply: FastifyReply) => {
    const author = await authors.find(Number(request.params.id));
    if (!author) return reply.code(404).send({ error: 'author not found' });
    return author;
  });

  app.post<NewAuthor>('/', async (request, reply) => {
    const author = await authors.create(request.body);
    return reply.code(201).send(author);
  });
}
