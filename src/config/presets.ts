import type { LayerDefinition } from './types.js';

/**
 * The `clean` preset: routes -> services -> repositories -> models, as the Constraint Decay study
 * prescribed it. Folder names cover the usual spellings; globs are relative to the project root.
 * Routes may use models as request/response types, but reach data only through services. `api/`
 * is left out on purpose: it names whole packages (`api/models.py`, `api/db.py`) as often as a layer.
 */
const folder = (...names: string[]): string[] =>
  names.flatMap((name) => [`**/${name}/**`, `**/${name}.py`, `**/${name}.ts`, `**/${name}.js`, `**/${name}.mjs`, `**/${name}.cjs`]);

export const CLEAN_LAYERS: Record<string, LayerDefinition> = {
  routes: {
    paths: folder('routes', 'route', 'handlers', 'controllers', 'controller', 'views', 'routers', 'router', 'endpoints'),
    mayImport: ['services', 'models'],
  },
  services: {
    paths: folder('services', 'service', 'use_cases', 'usecases', 'use-cases'),
    mayImport: ['repositories', 'models'],
  },
  repositories: {
    paths: folder('repositories', 'repository', 'repos', 'dal', 'dao', 'daos'),
    mayImport: ['models'],
  },
  models: {
    paths: folder('models', 'model', 'entities', 'entity', 'domain'),
    mayImport: [],
  },
};

/** The order in which layers are listed, highest first, for messages and `explain`. */
export const CLEAN_LAYER_ORDER = ['routes', 'services', 'repositories', 'models'] as const;
