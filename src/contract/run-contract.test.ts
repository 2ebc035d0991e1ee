import { describe, expect, it } from 'vitest';
import type { ContractConfig } from '../config/types.js';
import { silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import type { Exchange } from './exchange.js';
import { runContract } from './run-contract.js';
import type { ContractRuntime, RunningApp } from './runtime.js';

const SPEC = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /ping:\n    get:\n      responses:\n        '200':\n          description: pong\n  /tags:\n    get:\n      security: []\n      responses:\n        '200':\n          description: tags\n  /me:\n    get:\n      responses:\n        '200':\n          description: me\n";
const COLLECTION = JSON.stringify({ info: { name: 'c' }, item: [{ name: 'Ping', request: { method: 'GET', header: [{ key: 'Authorization', value: 'Token {{token}}' }], url: '{{baseUrl}}/ping' } }] });
const workspace = memoryWorkspace({ 'openapi.yml': SPEC, 'c.postman_collection.json': COLLECTION });
const config = (overrides: Partial<ContractConfig> = {}): ContractConfig => ({
  openapi: 'openapi.yml', collections: ['c.postman_collection.json'], start: 'serve', baseUrl: 'http://127.0.0.1:9', env: {}, globals: {},
  timeouts: { startMs: 1000, requestMs: 1000, totalMs: 5000 }, ...overrides,
});
const ok = (url: string, method = 'GET'): Exchange => ({
  source: 'collection', name: 'Ping', method, url, secretsSent: [], assertions: [{ name: 'status is 200', passed: true }],
  response: { status: 200, headers: {}, body: '' },
});

/** A runtime that records what the run asked of it. */
function fakeRuntime(overrides: Partial<ContractRuntime> = {}) {
  const calls: string[] = [];
  const app: RunningApp = { logLines: () => [], stop: async () => void calls.push('stop') };
  const runtime: ContractRuntime = {
    startApp: async (plan) => {
      calls.push(`start ${plan.command} ${plan.healthUrl}`);
      return { ok: true, app };
    },
    runCollection: async (_collection, options) => {
      calls.push(`collection ${options.globals.baseUrl}`);
      return { exchanges: [ok('http://127.0.0.1:9/ping')], variables: { token: 'abc' } };
    },
    send: async (request) => {
      calls.push(`send ${request.method} ${request.url} ${request.headers.authorization ?? '-'}`);
      return { ...ok(request.url), source: 'generated', assertions: [] };
    },
    now: () => 0,
    ...overrides,
  };
  return { runtime, calls };
}

describe('runContract', () => {
  it('skips with a reason when there is no spec, no runtime or nothing to start', async () => {
    expect((await runContract({ workspace, projectRoot: '.', config: config({ openapi: undefined as never }), logger: silentLogger })).report)
      .toMatchObject({ status: 'skipped', reason: 'no OpenAPI document configured or found', passRate: null });
    expect((await runContract({ workspace, projectRoot: '.', config: config(), logger: silentLogger })).report)
      .toMatchObject({ status: 'skipped', reason: 'live run not requested (static coverage only)', operations: { total: 3 } });
    const { runtime } = fakeRuntime();
    const { start: _start, ...noStart } = config();
    expect((await runContract({ workspace, projectRoot: '.', config: noStart, logger: silentLogger, runtime })).report.reason).toBe('no start command configured or inferred');
  });

  it('runs the collections, probes what they missed with their auth, and always stops the app', async () => {
    const { runtime, calls } = fakeRuntime();
    const { report, findings } = await runContract({ workspace, projectRoot: '.', config: config({ health: '/ping' }), logger: silentLogger, runtime });
    expect(calls).toEqual([
      'start serve http://127.0.0.1:9/ping',
      'collection http://127.0.0.1:9',
      'send GET http://127.0.0.1:9/tags -',
      'send GET http://127.0.0.1:9/me Token abc',
      'stop',
    ]);
    expect(findings).toEqual([]);
    expect(report).toMatchObject({ status: 'passed', passRate: 100, assertions: { passed: 4, total: 4 }, operations: { total: 3, covered: 3, missing: 0 } });
  });

  it('stops the app and reports when the run itself throws', async () => {
    const { runtime, calls } = fakeRuntime({ runCollection: async () => { throw new Error('newman exploded'); } });
    const { report, findings } = await runContract({ workspace, projectRoot: '.', config: config(), logger: silentLogger, runtime });
    expect(calls.at(-1)).toBe('stop');
    expect(findings.map((finding) => finding.ruleId)).toEqual(['contract/run-failed']);
    expect(report).toMatchObject({ status: 'failed', passRate: 0 });
  });

  it('stops the app when the total timeout passes and scores 0', async () => {
    let release: () => void = () => {};
    const { runtime, calls } = fakeRuntime({
      runCollection: () => new Promise((resolve) => {
        release = () => resolve({ exchanges: [], variables: {} });
      }),
    });
    const stopping = fakeStop(runtime, () => release());
    const { report, findings } = await runContract({ workspace, projectRoot: '.', config: config({ timeouts: { startMs: 1000, requestMs: 1000, totalMs: 50 } }), logger: silentLogger, runtime: stopping });
    expect(findings.map((finding) => finding.ruleId)).toContain('contract/run-timeout');
    expect(report.passRate).toBe(0);
    expect(calls.filter((call) => call === 'stop').length).toBeGreaterThanOrEqual(1);
  });

  it('masks env values in start failures', async () => {
    const { runtime } = fakeRuntime({ startApp: async () => ({ ok: false, kind: 'exited', message: 'exited with code 1', log: ['using password hunter2hunter2'] }) });
    const { findings, report } = await runContract({ workspace, projectRoot: '.', config: config({ env: { DB_PASSWORD: 'hunter2hunter2' } }), logger: silentLogger, runtime });
    expect(findings[0]!.ruleId).toBe('contract/app-exited');
    expect(findings[0]!.message).toContain('using password ***');
    expect(report).toMatchObject({ status: 'error', passRate: 0 });
  });
});

/** Wraps the fake's app so that stopping it also ends a collection that is still running (as killing a real app does). */
function fakeStop(runtime: ContractRuntime, onStop: () => void): ContractRuntime {
  return {
    ...runtime,
    startApp: async (plan) => {
      const outcome = await runtime.startApp(plan);
      if (!outcome.ok) return outcome;
      return { ok: true, app: { logLines: outcome.app.logLines, stop: async () => { onStop(); await outcome.app.stop(); } } };
    },
  };
}
