async function items(fastify) {
  fastify.get('/items/:id', async (request, reply) => {
    const item = await fastify.db.findItem(request.params.id);
    if (!item) {
      reply.code(404).send({ error: 'not found' }); // expect: fastify/return-and-send
    }
    return item;
  });

  fastify.get('/items', async (request, reply) => {
    const items = await fastify.db.listItems();
    reply.header('x-count', items.length).send(items); // expect: fastify/return-and-send
    return items;
  });

  fastify.delete('/items/:id', async (request, reply) => {
    const removed = await fastify.db.removeItem(request.params.id);
    if (!removed) return reply.code(404).send({ error: 'not found' }); // ok: fastify/return-and-send
    if (removed.locked) {
      reply.code(409).send({ error: 'locked' }); // ok: fastify/return-and-send
      return;
    }
    return { removed: true };
  });

  fastify.put('/items/:id', async (request, reply) => {
    const item = await fastify.db.findItem(request.params.id);
    if (item.locked) {
      reply.code(409).send({ error: 'locked' }); // ok: fastify/return-and-send
    } else {
      return fastify.db.updateItem(item.id, request.body);
    }
  });
}

module.exports = items;
