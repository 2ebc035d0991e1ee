import type { FastifyPluginAsync } from 'fastify';
import { ReviewRepository } from '@/repositories/review-repository.js';

const reviews: FastifyPluginAsync = async (fastify, opts) => {
  const repository = new ReviewRepository(fastify.prisma);

  fastify.get('/', async () => repository.latest(20));

  fastify.post<{ Body: { bookId: number; rating: number; body?: string } }>('/', async (request, reply) => {
    const review = await repository.add(request.body);
    return reply.code(201).send(review);
  });
};

export default reviews;
