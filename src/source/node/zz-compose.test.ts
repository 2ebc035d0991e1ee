import path from 'node:path';
import { it } from 'vitest';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { buildSourceModel } from '../build-model.js';
import { composeRoutes } from '../routes/compose-routes.js';
it('dump', async () => {
  for (const app of (process.env.APPS ?? '').split(',')) {
    const model = await buildSourceModel(fsWorkspace(path.resolve('test/apps', app)), { workers: 0 });
    const routes = composeRoutes(model.files, model.graph);
    console.log(`== ${app}\n` + routes.map((r) => `${r.method} ${r.path}${r.partial ? ' (partial)' : ''} ${r.framework} ${r.file}:${r.line} -> ${r.handler ? `${r.handler.file}:${r.handler.line} ${r.handler.name}` : '-'}`).join('\n'));
  }
});
