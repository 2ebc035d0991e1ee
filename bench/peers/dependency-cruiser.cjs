/**
 * dependency-cruiser rules for the TypeScript backend of the comparison corpus (bench/peers.mjs):
 * the clean layering, routes -> services -> repositories -> models. Run from the corpus root:
 *   depcruise backend-ts/src --config bench/peers/dependency-cruiser.cjs --output-type json
 */
const path = require('node:path');

const layer = (name) => `^backend-ts/src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'route-imports-repository', severity: 'error', comment: 'Routes reach repositories only through services.', from: { path: layer('routes') }, to: { path: layer('repositories') } },
    { name: 'service-imports-route', severity: 'error', from: { path: layer('services') }, to: { path: layer('routes') } },
    { name: 'repository-imports-higher-layer', severity: 'error', from: { path: layer('repositories') }, to: { path: [layer('services'), layer('routes')] } },
    { name: 'model-imports-higher-layer', severity: 'error', from: { path: layer('models') }, to: { path: [layer('repositories'), layer('services'), layer('routes')] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep imports TypeScript would elide (type-only or unused): they are still dependencies.
    tsPreCompilationDeps: true,
    // Absolute: a relative tsconfig path is read with the wrong base and finds no inputs.
    tsConfig: { fileName: path.resolve('backend-ts/tsconfig.json') },
    exclude: { path: '^backend-ts/test/' },
  },
};
