/**
 * Ctrl-C during a run: the process running constraint-gate gets SIGINT while an app it started is
 * up. The app's whole process group must be gone afterwards and its port free. The harness is a
 * small bundle of app-process.ts run in its own node process, so the signal hits it, not vitest.
 */
import { execa } from 'execa';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../../test/setup/free-port.js';
import { isListening, livingMembers } from './app-process.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-contract-sigint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('kills the app and everything it started when constraint-gate is interrupted', async () => {
  const port = await freePort();
  writeFileSync(join(dir, 'server.js'), "require('node:http').createServer((q, r) => r.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');\n");
  await build({
    stdin: {
      contents: `
        import { startAppProcess } from ${JSON.stringify(resolve('src/contract/live/app-process.ts'))};
        const outcome = await startAppProcess({
          command: 'echo "group $$"; sleep 300 & exec ' + JSON.stringify(process.execPath) + ' server.js',
          cwd: process.cwd(), env: { PORT: process.argv[2] }, healthUrl: 'http://127.0.0.1:' + process.argv[2] + '/',
          healthNeeds2xx: true, startTimeoutMs: 10000,
        });
        if (!outcome.ok) { console.log('failed ' + outcome.message); process.exit(1); }
        console.log('ready ' + outcome.app.logLines().join(' '));
        setInterval(() => {}, 1000);
      `,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'harness.mjs'),
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const harness = execa(process.execPath, [join(dir, 'harness.mjs'), String(port)], { cwd: dir, reject: false, buffer: true });
  const group = await new Promise<number>((done, fail) => {
    let text = '';
    harness.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /ready group (\d+)/.exec(text);
      if (match) done(Number(match[1]));
      else if (text.includes('failed')) fail(new Error(text));
    });
    setTimeout(() => fail(new Error('harness did not start the app')), 15_000);
  });
  expect(livingMembers(group).length).toBeGreaterThanOrEqual(2); // the node server and the sleep
  harness.kill('SIGINT');
  const result = await harness;
  expect(result.signal ?? String(result.exitCode)).toMatch(/SIGINT|130/);
  // SIGKILL is delivered asynchronously: give the kernel a moment before looking.
  expect(await eventually(async () => livingMembers(group).length === 0)).toBe(true);
  expect(await eventually(async () => !(await isListening('127.0.0.1', port)))).toBe(true);
});

async function eventually(condition: () => Promise<boolean>, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return condition();
}
