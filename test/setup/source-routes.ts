import { silentLogger } from '../../src/core/logger.js';
import type { ContractRoute } from '../../src/contract/route.js';
import { fsWorkspace } from '../../src/io/fs-workspace.js';
import { buildSourceModel } from '../../src/source/build-model.js';
import { composeRoutes } from '../../src/source/routes/compose-routes.js';

/** The routes of an app folder as a real run sees them: parse, import graph, composed routes (in-thread). */
export async function routesOf(appDir: string): Promise<ContractRoute[]> {
  const model = await buildSourceModel(fsWorkspace(appDir), { workers: 0, logger: silentLogger });
  return composeRoutes(model.files, model.graph);
}
