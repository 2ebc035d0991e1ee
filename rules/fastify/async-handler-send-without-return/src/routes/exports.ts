import type { FastifyInstance } from 'fastify';

export default async function exportsRoutes(app: FastifyInstance): Promise<void> {
  app.post('/exports', async (request, reply) => {
    app.queue.on('done', (file: string) => reply.send({ file })); // expect: fastify/async-handler-send-without-return
  });

  app.post('/exports/sync', async (request, reply) => {
    app.queue.once('done', (file: string) => reply.send({ file })); // ok: fastify/async-handler-send-without-return
    await reply;
  });
}
