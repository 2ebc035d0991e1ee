const fs = require('node:fs');
const path = require('node:path');
const Fastify = require('fastify');

const app = Fastify({ logger: true });
const routesDir = path.join(__dirname, 'routes');

// Each file (or folder with an index.js) under routes/ exports a Fastify plugin; the file name is its prefix.
for (const entry of fs.readdirSync(routesDir)) {
  const name = entry.replace(/\.js$/, '');
  app.register(require(path.join(routesDir, entry)), { prefix: `/${name}` });
}

app.listen({ port: Number(process.env.PORT || 3000) });
