const fs = require('node:fs');

module.exports = async function reports(fastify) {
  fastify.get('/reports/:name', async (request, reply) => {
    fs.readFile(`/reports/${request.params.name}`, (error, data) => {
      reply.send(error ?? data); // expect: fastify/async-handler-send-without-return
    });
  });

  fastify.get('/reports', async (request, reply) => {
    fastify.reports.list().then((list) => reply.send(list)); // expect: fastify/async-handler-send-without-return
  });

  fastify.get('/reports/:name/meta', async (request, reply) => {
    fs.stat(`/reports/${request.params.name}`, (error, stats) => {
      reply.send(error ?? { size: stats.size }); // ok: fastify/async-handler-send-without-return
    });
    return reply;
  });

  fastify.get('/reports/:name/size', async (request, reply) => {
    const stats = await fs.promises.stat(`/reports/${request.params.name}`);
    reply.send({ size: stats.size }); // ok: fastify/async-handler-send-without-return
  });
};
