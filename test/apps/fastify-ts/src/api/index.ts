import type { FastifyInstance } from 'fastify';
import { authorRoutes } from './authors.js';
import bookRoutes from './books.js';

export default async function apiRoutes(fastify: FastifyInstance): Promise<void> {
  await fastify.register(authorRoutes, { prefix: '/authors' });
  await fastify.register(bookRoutes, { prefix: '/books' });
}
