const { sessions } = require('../services/sessions');

module.exports = async function authRoutes(fastify) {
  fastify.route({ // expect: fastify/bodyless-route-rejects-empty-json
    method: 'POST',
    url: '/logout',
    handler: logout,
  });

  fastify.post('/login', { schema: loginSchema }, async (request) => sessions.open(request.body)); // ok: fastify/bodyless-route-rejects-empty-json

  async function logout(request, reply) {
    await sessions.close(request.headers.authorization);
    reply.code(204);
  }
};
