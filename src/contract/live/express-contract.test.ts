/**
 * End to end on a real Express app (test/apps/express-contract; express from the repository's
 * devDependencies via NODE_PATH): OpenAPI 3.1 in JSON, a collection with bearer auth stored in
 * collection variables. One correct run must score 100%; one broken run must put each fault at
 * the right place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractConfig } from '../../config/types.js';
import { fixtureContract } from '../../../test/setup/live-contract.js';
import { REPOSITORY_ROOT } from '../../../test/setup/python-venv.js';

const FIXTURE = join(REPOSITORY_ROOT, 'test/apps/express-contract');

// NODE_ENV is set because vitest's NODE_ENV=test would silence Express's error log.
const runExpress = fixtureContract({
  fixture: FIXTURE,
  mainFile: 'app.js',
  skip: /node_modules|data\.json$/,
  config: (dir, port, breaks): ContractConfig => ({
    openapi: 'openapi.json',
    collections: ['projects.postman_collection.json'],
    start: `${JSON.stringify(process.execPath)} app.js`,
    env: { PORT: String(port), DATA_FILE: join(dir, 'data.json'), CG_BREAK: breaks.join(','), NODE_ENV: 'development', NODE_PATH: join(REPOSITORY_ROOT, 'node_modules'), API_SECRET: 'express-secret-value' },
    baseUrl: `http://127.0.0.1:${port}`,
    health: '/api/health',
    globals: { EMAIL: 'grace@example.com', PASSWORD: 'hopper-1906-cobol' },
    timeouts: { startMs: 20_000, requestMs: 5_000, totalMs: 60_000 },
  }),
});

describe('contract run on the Express fixture', () => {
  it('scores 100% on the correct app and exercises every operation', async () => {
    const { report, findings } = (await runExpress()).outcome;
    expect(findings).toEqual([]);
    expect(report.status).toBe('passed');
    expect(report.passRate).toBe(100);
    expect(report.operations).toEqual({ total: 9, covered: 9, missing: 0 });
    // GET /api/stats is not in the collection: a generated request covers it.
    expect(report.perOperation.find((result) => result.path === '/api/stats')).toMatchObject({ requests: 1, assertions: { passed: 1, failed: 0 } });
    expect(report.perOperation.every((result) => result.requests > 0)).toBe(true);
  });

  it('puts a removed route, a wrong status, a missing field and a crash where they belong', async () => {
    const { outcome, dir } = await runExpress({
      breaks: ['wrong-status', 'missing-field', 'crash'],
      edit: (source) => source.replace(/router\.delete\([\s\S]*?\n\}\);\n/, ''),
    });
    const { report, findings } = outcome;
    const lineOf = (prefix: string) => readFileSync(join(dir, 'app.js'), 'utf8').split('\n').findIndex((line) => line.startsWith(prefix)) + 1;
    const failed = findings.filter((finding) => finding.ruleId === 'contract/operation-failed');
    const at = (label: string) => failed.find((finding) => finding.message.startsWith(label));

    expect(report.status).toBe('failed');
    expect(report.passRate).toBeGreaterThan(0);
    expect(report.passRate).toBeLessThan(100);

    expect(at('POST /api/projects ')).toMatchObject({ file: 'app.js', line: lineOf("router.post('/projects'") });
    expect(at('POST /api/projects ')!.message).toMatch(/got status 200/);

    const missing = at('GET /api/projects/{id}');
    expect(missing).toMatchObject({ file: 'app.js', line: lineOf("router.get('/projects/:id'") });
    expect(missing!.message).toMatch(/owner/);
    expect(report.perOperation.find((result) => result.method === 'GET' && result.path === '/api/projects/{id}')?.schemaViolations).toBeGreaterThan(0);

    const crash = at('PATCH /api/projects/{id}');
    expect(crash).toMatchObject({ file: 'app.js', line: lineOf("router.patch('/projects/:id'") });
    expect(crash!.message).toMatch(/got status 500/);
    expect(report.perOperation.find((result) => result.method === 'PATCH')?.firstFailure?.log?.join('\n')).toMatch(/broke on purpose/);

    const deleteLine = readFileSync(join(dir, 'openapi.json'), 'utf8').split('\n').findIndex((line) => line.includes('"delete": {')) + 1;
    expect(findings.find((finding) => finding.ruleId === 'contract/method-mismatch')).toMatchObject({ file: 'openapi.json', line: deleteLine });
    expect(at('DELETE /api/projects/{id}')).toMatchObject({ file: 'openapi.json', line: deleteLine });

    expect(at('POST /api/auth/register')).toBeUndefined();
    const text = JSON.stringify({ report, findings });
    expect(text).not.toContain('express-secret-value');
    expect(text).not.toContain('hopper-1906-cobol');
  });
});
