import type { FastifyInstance } from 'fastify';
import { jobs } from '../services/jobs';

export default async function jobRoutes(fastify: FastifyInstance) {
  // expect: fastify/bodyless-route-rejects-empty-json
  fastify.post('/jobs/:id/retry', async (request) => {
    const { id } = request.params as { id: string };
    return jobs.retry(id);
  });

  fastify.delete('/jobs/:id', async (request, reply) => { // expect: fastify/bodyless-route-rejects-empty-json
    await jobs.remove((request.params as { id: string }).id);
    return reply.code(204).send();
  });

  fastify.post('/jobs', async (request) => jobs.create(request.body)); // ok: fastify/bodyless-route-rejects-empty-json

  fastify.put('/jobs/:id', { schema: { body: { type: 'object' } } }, async (request) => { // ok: fastify/bodyless-route-rejects-empty-json
    return jobs.replace((request.params as { id: string }).id, request.body);
  });

  // The request is handed on: the service may read its body.
  fastify.post('/jobs/import', async (request) => jobs.importFrom(request)); // ok: fastify/bodyless-route-rejects-empty-json

  fastify.get('/jobs', async () => jobs.list()); // ok: fastify/bodyless-route-rejects-empty-json
}
