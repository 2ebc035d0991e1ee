import Fastify from 'fastify';

const app = Fastify();

// An empty JSON body is accepted as `{}`: bodyless calls with the JSON header work.
app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
  try {
    done(null, body === '' ? {} : JSON.parse(body));
  } catch (error) {
    error.statusCode = 400;
    done(error, undefined);
  }
});

app.post('/ping', async () => ({ pong: true })); // ok: fastify/bodyless-route-rejects-empty-json

export default app;
