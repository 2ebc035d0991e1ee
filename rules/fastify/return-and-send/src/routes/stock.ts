import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export default async function stock(app: FastifyInstance): Promise<void> {
  app.route({
    method: 'GET',
    url: '/stock/:sku',
    handler: async (request: FastifyRequest<{ Params: { sku: string } }>, reply: FastifyReply) => {
      const level = await app.inventory.level(request.params.sku);
      if (level === undefined) reply.code(404).send({ error: 'unknown sku' }); // expect: fastify/return-and-send
      return { sku: request.params.sku, level };
    },
  });

  app.get('/stock', async (_request: FastifyRequest, reply: FastifyReply) => {
    await reply.send(await app.inventory.all()); // ok: fastify/return-and-send
  });
}
