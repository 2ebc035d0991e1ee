#!/usr/bin/env node
// What a team without constraint-gate runs for the contract: start the app, wait until it answers,
// `newman run` the collection against it, stop the app. bench/peers.mjs times this script whole,
// as it times constraint-gate's live run (which also starts and stops the app).
//
//   node bench/peers/newman-run.mjs --app <dir> --collection <file> --port <n> --health /api/tags \
//     --report <newman json report> [--global NAME=value ...]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    app: { type: 'string' },
    collection: { type: 'string' },
    port: { type: 'string' },
    health: { type: 'string', default: '/' },
    report: { type: 'string' },
    global: { type: 'string', multiple: true, default: [] },
  },
});
const require = createRequire(import.meta.url);
const newmanCli = require.resolve('newman/bin/newman.js');
const base = `http://127.0.0.1:${values.port}`;

const app = spawn(process.execPath, ['app.js'], { cwd: values.app, env: { ...process.env, PORT: values.port }, stdio: 'ignore', detached: true });
const stopApp = () => {
  try {
    process.kill(-app.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};

async function waitUntilReady(deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}${values.health}`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the app did not answer ${base}${values.health}`);
}

let status = 1;
try {
  await waitUntilReady(Date.now() + 20_000);
  const args = [newmanCli, 'run', values.collection, '--timeout-request', '10000', '--reporters', 'json', '--reporter-json-export', values.report];
  for (const global of values.global) args.push('--global-var', global);
  status = await new Promise((resolve) => {
    const newman = spawn(process.execPath, args, { stdio: 'inherit' });
    newman.on('close', resolve);
  });
} finally {
  stopApp();
}
process.exitCode = status;
