import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/setup/free-port.js';
import { runCli } from '../run-cli.js';
import { contractCommand } from './contract.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function repository(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-contract-cli-'));
  temps.push(dir);
  const port = await freePort();
  writeFileSync(join(dir, 'openapi.yml'), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /ping:\n    get:\n      responses:\n        '200':\n          description: pong\n");
  writeFileSync(join(dir, 'ping.postman_collection.json'), JSON.stringify({
    info: { name: 'ping', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Ping', request: { method: 'GET', url: '{{baseUrl}}/ping' }, event: [{ listen: 'test', script: { exec: ["pm.test('ok', () => pm.response.to.have.status(200));"] } }] }],
  }));
  writeFileSync(join(dir, 'server.js'), [
    "const express = require('express');",
    'const app = express();',
    "app.get('/ping', (req, res) => res.json({}));",
    "app.listen(Number(process.env.PORT), '127.0.0.1');",
    '',
  ].join('\n'));
  writeFileSync(join(dir, '.constraint-gate.yml'), [
    'contract:',
    `  start: ${JSON.stringify(`${JSON.stringify(process.execPath)} server.js`)}`,
    `  base-url: http://127.0.0.1:${port}`,
    '  env:',
    `    PORT: ${port}`,
    `    NODE_PATH: ${JSON.stringify(join(process.cwd(), 'node_modules'))}`,
    '',
  ].join('\n'));
  return dir;
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), cwd: process.cwd() } };
}

describe('constraint-gate contract', () => {
  it('finds the spec and collection by name, runs the configured app and prints A%', async () => {
    const dir = await repository();
    const captured = io();
    const code = await runCli(['contract', dir, '--format', 'json'], captured.io, [contractCommand]);
    expect(captured.err.join('')).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(captured.out.join('')) as { contract: { status: string; passRate: number; assertions: { total: number } } };
    expect(result.contract).toMatchObject({ status: 'passed', passRate: 100, assertions: { total: 2 } });
  });

  it('starts nothing with --static and says why nothing ran', async () => {
    const dir = await repository();
    const captured = io();
    const code = await runCli(['contract', dir, '--static'], captured.io, [contractCommand]);
    expect(code).toBe(0);
    expect(captured.out.join('')).toMatch(/Contract: skipped \(live run not requested/);
    expect(captured.out.join('')).toMatch(/1 declared, 1 covered, 0 missing/);
  });

  it('fails with the static finding when the code has no route for an operation', async () => {
    const dir = await repository();
    writeFileSync(join(dir, 'server.js'), "require('node:http').createServer(() => {}).listen(1);\n");
    const captured = io();
    expect(await runCli(['contract', dir, '--static'], captured.io, [contractCommand])).toBe(1);
    expect(captured.out.join('')).toMatch(/openapi\.yml:5: error contract\/operation-not-implemented: The contract declares GET \/ping/);
  });

  it('reports contract: off without running anything', async () => {
    const dir = await repository();
    writeFileSync(join(dir, '.constraint-gate.yml'), 'contract: off\n');
    const captured = io();
    expect(await runCli(['contract', dir], captured.io, [contractCommand])).toBe(0);
    expect(captured.out.join('')).toMatch(/off/);
  });
});
