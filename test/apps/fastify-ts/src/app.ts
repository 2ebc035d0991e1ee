import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import autoload from '@fastify/autoload';
import prismaPlugin from './plugins/prisma.js';
import apiRoutes from './api/index.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

export async function buildApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: true });

  await app.register(prismaPlugin);
  await app.register(apiRoutes, { prefix: '/api' });
  // Every file under routes/ is a plugin; autoload prefixes each with its folder name.
  await app.register(autoload, {
    dir: path.join(__dirname, 'routes'),
    options: { prefix: '/v2' },
  });

  app.get('/health', async () => ({ status: 'ok' }));

  return app;
}
