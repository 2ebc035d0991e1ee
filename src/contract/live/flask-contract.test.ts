/**
 * End to end on a real Flask app (test/apps/flask-contract): the app is copied to a temp folder,
 * started from the test virtualenv, driven by its Postman collection and checked against its
 * OpenAPI document. One correct run must score 100%; one broken run (a removed route plus three
 * CG_BREAK faults) must put each fault at the right place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractConfig } from '../../config/types.js';
import { fixtureContract } from '../../../test/setup/live-contract.js';
import { REPOSITORY_ROOT, ensurePythonVenv } from '../../../test/setup/python-venv.js';

const FIXTURE = join(REPOSITORY_ROOT, 'test/apps/flask-contract');
let python = '';

beforeAll(async () => {
  python = await ensurePythonVenv([join(FIXTURE, 'requirements.txt')]);
});

const runFlask = fixtureContract({
  fixture: FIXTURE,
  mainFile: 'app.py',
  skip: /__pycache__|\.db$/,
  config: (dir, port, breaks): ContractConfig => ({
    openapi: 'openapi.yml',
    collections: ['notes.postman_collection.json'],
    start: `${python} app.py`,
    env: { PORT: String(port), DATABASE_PATH: join(dir, 'notes.db'), CG_BREAK: breaks.join(','), SECRET_KEY: 'flask-secret-value' },
    baseUrl: `http://127.0.0.1:${port}`,
    health: '/api/health',
    globals: { APIURL: `http://127.0.0.1:${port}/api`, USERNAME: 'ada', PASSWORD: 'correct-horse-battery' },
    timeouts: { startMs: 20_000, requestMs: 5_000, totalMs: 60_000 },
  }),
});

describe('contract run on the Flask fixture', () => {
  it('scores 100% on the correct app and exercises every operation', async () => {
    const { outcome } = await runFlask();
    const { report, findings } = outcome;
    expect(findings).toEqual([]);
    expect(report.status).toBe('passed');
    expect(report.passRate).toBe(100);
    expect(report.operations).toEqual({ total: 9, covered: 9, missing: 0 });
    // 13 collection requests with their pm.test assertions, plus one schema check per response,
    // plus a generated request for GET /api/stats, which the collection never calls.
    const stats = report.perOperation.find((result) => result.path === '/api/stats');
    expect(stats).toMatchObject({ method: 'GET', requests: 1, assertions: { passed: 1, failed: 0 } });
    expect(report.assertions.failed).toBe(0);
    expect(report.assertions.total).toBeGreaterThan(30);
  });

  it('puts a removed route, a wrong status, a missing field and a crash where they belong', async () => {
    const { outcome, dir } = await runFlask({
      breaks: ['wrong-status', 'missing-field', 'crash'],
      edit: (source) => source.replace(/@app\.delete\("\/api\/notes\/<int:note_id>"\)\n/, ''),
    });
    const { report, findings } = outcome;
    const lineOf = (pattern: string) => readFileSync(join(dir, 'app.py'), 'utf8').split('\n').findIndex((line) => line.startsWith(pattern)) + 1;
    const specLineOf = (pattern: RegExp) => readFileSync(join(dir, 'openapi.yml'), 'utf8').split('\n').findIndex((line) => pattern.test(line)) + 1;
    const failed = findings.filter((finding) => finding.ruleId === 'contract/operation-failed');
    const at = (label: string) => failed.find((finding) => finding.message.startsWith(label));

    expect(report.status).toBe('failed');
    expect(report.passRate).toBeGreaterThan(0);
    expect(report.passRate).toBeLessThan(100);

    const wrongStatus = at('POST /api/notes ');
    expect(wrongStatus).toMatchObject({ file: 'app.py', line: lineOf('def create_note') });
    expect(wrongStatus!.message).toMatch(/status is 201/);
    expect(wrongStatus!.message).toMatch(/got status 200/);

    const missingField = at('GET /api/notes/{noteId}');
    expect(missingField).toMatchObject({ file: 'app.py', line: lineOf('def get_note') });
    expect(missingField!.message).toMatch(/author/);

    const crash = at('PUT /api/notes/{noteId}');
    expect(crash).toMatchObject({ file: 'app.py', line: lineOf('def update_note') });
    expect(crash!.message).toMatch(/got status 500/);
    const crashResult = report.perOperation.find((result) => result.method === 'PUT');
    expect(crashResult?.firstFailure?.log?.join("\n")).toMatch(/RuntimeError: update_note broke on purpose/);

    // The DELETE route is gone from the code (GET and PUT still serve the path): statically a
    // method mismatch, live a failure, both on the spec line of the operation.
    const deleteLine = specLineOf(/^\s+delete:/);
    const mismatch = findings.find((finding) => finding.ruleId === 'contract/method-mismatch');
    expect(mismatch).toMatchObject({ file: 'openapi.yml', line: deleteLine });
    expect(mismatch!.message).toMatch(/serves GET, PUT for that path/);
    expect(at('DELETE /api/notes/{noteId}')).toMatchObject({ file: 'openapi.yml', line: deleteLine });

    // Operations the faults do not touch still pass.
    expect(at('POST /api/users ')).toBeUndefined();
    expect(at('GET /api/notes ')).toBeUndefined();

    // Secrets never reach the report.
    const text = JSON.stringify({ report, findings });
    expect(text).not.toContain('flask-secret-value');
    expect(text).not.toMatch(/Token [0-9a-f]{32}/);
  });
});
