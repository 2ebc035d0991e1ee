/**
 * The ways a live run goes wrong before any assertion runs, each with real processes: they must
 * end as one clear finding with the app's log and A% 0, and leave nothing running.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractConfig } from '../../config/types.js';
import { silentLogger } from '../../core/logger.js';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { liveResources } from '../../../test/setup/live-contract.js';
import { runContract } from '../run-contract.js';
import { isListening, startAppProcess } from './app-process.js';
import { liveRuntime } from './live-runtime.js';

const SPEC = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /ping:
    get:
      responses:
        '200':
          description: pong
`;
const COLLECTION = JSON.stringify({
  info: { name: 'ping', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [{ name: 'Ping', request: { method: 'GET', url: '{{baseUrl}}/ping' } }],
});
// Answers /ping with 200 and the health path with $HEALTH_STATUS (default 200).
const SERVER = `
const http = require('node:http');
http.createServer((req, res) => {
  const status = req.url === '/health' ? Number(process.env.HEALTH_STATUS || 200) : 200;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end('{}');
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
`;
const NODE = JSON.stringify(process.execPath);
const resources = liveResources();

async function project(files: Record<string, string> = {}): Promise<{ dir: string; port: number }> {
  const dir = resources.folder('cg-contract-fail-');
  for (const [name, text] of Object.entries({ 'openapi.yml': SPEC, 'ping.postman_collection.json': COLLECTION, 'server.js': SERVER, ...files })) writeFileSync(join(dir, name), text);
  return { dir, port: await resources.port() };
}

function config(port: number, overrides: Partial<ContractConfig> = {}): ContractConfig {
  return {
    openapi: 'openapi.yml',
    collections: ['ping.postman_collection.json'],
    start: `${NODE} server.js`,
    env: { PORT: String(port) },
    baseUrl: `http://127.0.0.1:${port}`,
    health: '/health',
    globals: {},
    timeouts: { startMs: 10_000, requestMs: 2_000, totalMs: 30_000 },
    ...overrides,
  };
}

async function run(dir: string, contract: ContractConfig) {
  return runContract({
    workspace: fsWorkspace(dir),
    projectRoot: '.',
    config: contract,
    routes: [{ method: 'GET', path: '/ping', partial: false, framework: 'express', file: 'server.js', line: 3 }],
    logger: silentLogger,
    configLocation: { file: '.constraint-gate.yml', line: 4 },
    runtime: liveRuntime({ logDir: dir }),
  });
}

describe('contract live run failure modes', () => {
  it('passes on the minimal app (the baseline the failures below differ from)', async () => {
    const { dir, port } = await project();
    const { report, findings } = await run(dir, config(port));
    expect(findings).toEqual([]);
    expect(report).toMatchObject({ status: 'passed', passRate: 100, assertions: { total: 1 } });
  });

  it('reports a start command that exits, with its log', async () => {
    const { dir, port } = await project();
    const { report, findings } = await run(dir, config(port, { start: `${NODE} -e "console.error('boom: DATABASE_URL is not set'); process.exit(3)"` }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'contract/app-exited', file: '.constraint-gate.yml', line: 4, severity: 'error' });
    expect(findings[0]!.message).toMatch(/exited with code 3/);
    expect(findings[0]!.message).toMatch(/boom: DATABASE_URL is not set/);
    expect(report).toMatchObject({ status: 'error', passRate: 0 });
  });

  it('refuses to test a port something else already listens on', async () => {
    const { dir, port } = await project();
    const squatter: Server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const { report, findings } = await run(dir, config(port));
      expect(findings.map((finding) => finding.ruleId)).toEqual(['contract/port-in-use']);
      expect(findings[0]!.message).toContain(String(port));
      expect(report.passRate).toBe(0);
      expect(await isListening('127.0.0.1', port)).toBe(true);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('stops an app whose health check never turns 2xx, and says what it answered', async () => {
    const { dir, port } = await project();
    const contract = config(port, { env: { PORT: String(port), HEALTH_STATUS: '503' }, timeouts: { startMs: 1_200, requestMs: 2_000, totalMs: 30_000 } });
    const { report, findings } = await run(dir, contract);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['contract/app-not-ready']);
    expect(findings[0]!.message).toMatch(/last answered 503/);
    expect(findings[0]!.message).toMatch(/listening/);
    expect(report).toMatchObject({ status: 'error', passRate: 0 });
    expect(await isListening('127.0.0.1', port)).toBe(false);
  });

  it('reports an invalid collection file at its line and never starts the app', async () => {
    const { dir, port } = await project({ 'ping.postman_collection.json': '{\n  "info": {},\n  "item": [,]\n}' });
    const { report, findings } = await run(dir, config(port, { start: `${NODE} -e "require('fs').writeFileSync('started', '')"` }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'contract/collection-invalid', file: 'ping.postman_collection.json', line: 3 });
    expect(report).toMatchObject({ status: 'error', passRate: 0 });
    expect(existsSync(join(dir, 'started'))).toBe(false);
  });

  it('reports a broken $ref at its line', async () => {
    const broken = SPEC.replace("description: pong", "description: pong\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Pong'");
    const { dir, port } = await project({ 'openapi.yml': broken });
    const { report, findings } = await run(dir, config(port));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'contract/spec-invalid', file: 'openapi.yml', line: 12 });
    expect(findings[0]!.message).toMatch(/Pong/);
    expect(report).toMatchObject({ status: 'error', passRate: 0 });
  });

  it('stops the whole process tree, children the start command left behind included', async () => {
    const { dir, port } = await project();
    const outcome = await startAppProcess({
      command: `sleep 300 & echo "child $!"; exec ${NODE} server.js`,
      cwd: dir,
      env: { PORT: String(port) },
      healthUrl: `http://127.0.0.1:${port}/health`,
      healthNeeds2xx: true,
      startTimeoutMs: 10_000,
    }, { logDir: dir });
    if (!outcome.ok) throw new Error(outcome.message);
    const child = Number(/child (\d+)/.exec(outcome.app.logLines().join('\n'))?.[1]);
    expect(child).toBeGreaterThan(0);
    expect(alive(child)).toBe(true);
    await outcome.app.stop();
    expect(alive(child)).toBe(false);
    expect(await isListening('127.0.0.1', port)).toBe(false);
  });
});

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
