/**
 * The study's setting end to end: the shared Conduit OpenAPI document and Postman collection
 * (../shared/conduit) run by the contract code against the Express Conduit in this folder. Prints
 * the contract report; fails unless every assertion passes and every operation maps to a route.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { renderContractText } from '../../src/contract/render-contract.js';
import { runContract } from '../../src/contract/run-contract.js';
import { liveRuntime } from '../../src/contract/live/live-runtime.js';
import { trackedGroups } from '../../src/contract/live/app-process.js';
import { silentLogger } from '../../src/core/logger.js';
import { fsWorkspace } from '../../src/io/fs-workspace.js';
import { routesOf } from '../../test/setup/source-routes.js';
import { freePort } from '../../test/setup/free-port.js';
import { REPOSITORY_ROOT } from '../../test/setup/python-venv.js';

const SHARED = join(REPOSITORY_ROOT, '../shared/conduit');
const dir = mkdtempSync(join(tmpdir(), 'cg-conduit-'));
afterAll(() => {
  expect(trackedGroups()).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

it('Conduit (Express) passes the shared Conduit collection and contract', async () => {
  if (!existsSync(SHARED)) throw new Error(`${SHARED} is missing: this check needs the shared Conduit contract beside the repository.`);
  copyFileSync(join(REPOSITORY_ROOT, 'examples/conduit-express/app.js'), join(dir, 'app.js'));
  copyFileSync(join(SHARED, 'openapi.yml'), join(dir, 'openapi.yml'));
  copyFileSync(join(SHARED, 'Conduit.postman_collection.json'), join(dir, 'Conduit.postman_collection.json'));
  const port = await freePort();
  const stamp = Date.now().toString(36);
  const { report, findings } = await runContract({
    workspace: fsWorkspace(dir),
    projectRoot: '.',
    config: {
      openapi: 'openapi.yml',
      collections: ['Conduit.postman_collection.json'],
      start: `${JSON.stringify(process.execPath)} app.js`,
      env: { PORT: String(port), NODE_PATH: join(REPOSITORY_ROOT, 'node_modules'), NODE_ENV: 'development' },
      baseUrl: `http://127.0.0.1:${port}`,
      health: '/api/tags',
      globals: { APIURL: `http://127.0.0.1:${port}/api`, USERNAME: `u${stamp}`, EMAIL: `u${stamp}@example.com`, PASSWORD: 'password-1234' },
      timeouts: { startMs: 20_000, requestMs: 10_000, totalMs: 120_000 },
    },
    routes: await routesOf(dir),
    logger: silentLogger,
    runtime: liveRuntime({ logDir: dir }),
  });
  process.stdout.write(renderContractText(report, findings));
  expect(findings).toEqual([]);
  expect(report.operations).toEqual({ total: 19, covered: 19, missing: 0 });
  expect(report.passRate).toBe(100);
});
