#!/usr/bin/env node
// Benchmark of constraint-gate on generated corpora (not part of `npm test`).
//
//   npm run bench                              # both corpora (generated on first use), model + CLI
//   node bench/run.mjs --corpus large --only model
//   node bench/run.mjs --dist                  # measure dist/cli.js instead of a bundle of src/cli.ts
//   node bench/run.mjs --runs 3                # each scenario 3 times, the median run reported
//
// Each corpus is a git repository with two commits: the generated code, then 20 changed files.
// For each corpus it measures, in a child process under /usr/bin/time -v (wall, CPU, peak RSS):
//   model cold / warm / 20 files changed   buildSourceModel alone, bundled as dist/ bundles it
//   audit cold / warm                      cli.js audit --repo <corpus> --format json --output /dev/null
//   check, 20 files changed                cli.js check --base HEAD~1 --head HEAD, cache warm from the audit
// Results are printed as JSON lines and written to .cache/bench-results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    only: { type: 'string' },
    workers: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    dist: { type: 'boolean', default: false },
  },
});
const here = import.meta.dirname;
const root = path.resolve(here, '..');
const corpora = { small: 100_000, large: 1_000_000 };
const selected = values.corpus ?? Object.keys(corpora);
const buildDirectory = path.join(root, '.cache', 'bench-build');
const hasTime = existsSync('/usr/bin/time');

/** Bundles entries (plus the parse worker next to them) the way dist/ is bundled; returns the first. */
async function bundleEntries(entries) {
  mkdirSync(buildDirectory, { recursive: true });
  for (const [entry, out] of [...entries, ['src/source/parse-worker.ts', 'parse-worker.js']]) {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(buildDirectory, out),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Dependencies load from node_modules; only our own code is bundled, as dist/ bundles it.
      packages: 'external',
      logLevel: 'warning',
      define: { __CONSTRAINT_GATE_VERSION__: JSON.stringify('0.0.0-bench') },
    });
  }
  return path.join(buildDirectory, entries[0][1]);
}

/** dist/cli.js when the build has the parse worker next to it (`--dist`), else the CLI bundled from source. */
async function locateCli() {
  let cliPath;
  if (values.dist) {
    if (!existsSync(path.join(root, 'dist', 'parse-worker.js'))) console.log('note: dist/parse-worker.js is missing, so dist/cli.js parses in one thread');
    cliPath = path.join(root, 'dist', 'cli.js');
  } else {
    cliPath = await bundleEntries([['src/cli.ts', 'cli.js']]);
    // A snapshot of the rule packs next to the bundle (where dist/ keeps them): the rule set is part
    // of the cache key, so rules edited during a benchmark would turn every warm run cold.
    rmSync(path.join(buildDirectory, 'rules'), { recursive: true, force: true });
    cpSync(path.join(root, 'rules'), path.join(buildDirectory, 'rules'), { recursive: true });
  }
  const help = spawnSync(process.execPath, [cliPath, 'audit', '--help'], { encoding: 'utf8' });
  const cacheFlag = `${help.stdout}${help.stderr}`.includes('--cache');
  if (!cacheFlag) console.log(`note: ${path.relative(root, cliPath)} audit has no --cache option yet; warm runs cannot use a cache`);
  return { path: cliPath, cacheFlag };
}

function ensureCorpus(name) {
  const directory = path.join(here, '.corpus', name);
  if (values.regenerate || !existsSync(path.join(directory, '.git'))) {
    execFileSync('node', [path.join(here, 'generate-corpus.mjs'), '--lines', String(corpora[name]), '--name', name, '--git'], { stdio: 'inherit' });
  }
  return directory;
}

/** Runs `node args...` and returns wall seconds, peak RSS in MiB, exit code and stdout. */
function measure(args, options = {}) {
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = hasTime ? ['-v', process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: options.cwd ?? root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')?.[1];
  // CPU seconds tell more than wall time on a machine shared with other work.
  const cpu = user && system ? Number(user) + Number(system) : undefined;
  return { wall, cpu, peakMiB: rss ? Number(rss) / 1024 : undefined, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function corpusSize(directory) {
  const out = execFileSync('git', ['ls-files'], { cwd: directory, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let files = 0;
  let lines = 0;
  for (const file of out.split('\n')) {
    if (!/\.(py|ts)$/.test(file)) continue;
    files++;
    lines += readFileSync(path.join(directory, file), 'utf8').split('\n').length - 1;
  }
  return { files, lines };
}

/** A second commit that edits 20 service files, so `check` has a 20-file change to gate. */
function ensureChangeCommit(directory) {
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: directory, encoding: 'utf8' });
  git('checkout', '-q', 'main');
  if (git('rev-list', '--count', 'main').trim() !== '1') return;
  const services = git('ls-files', 'backend-py/app/services', 'backend-ts/src/services').split('\n').filter((file) => /\/[a-z-_]+\.(py|ts)$/.test(file) && !file.endsWith('__init__.py'));
  const chosen = services.filter((_, index) => index % Math.max(1, Math.floor(services.length / 20)) === 0).slice(0, 20);
  for (const file of chosen) {
    const absolute = path.join(directory, file);
    const addition = file.endsWith('.py')
      ? '\n\ndef audit_hook(event: str) -> str:\n    return event.upper()\n'
      : '\nexport function auditHook(event: string): string {\n  return event.toUpperCase();\n}\n';
    writeFileSync(absolute, readFileSync(absolute, 'utf8') + addition);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'change 20 files');
}

const rows = [];
const runCount = Math.max(1, Number.parseInt(values.runs, 10) || 1);

/**
 * The median run by wall time, with the fastest and slowest wall times when there were several:
 * on a shared machine one run can be a fifth slower than the next for no reason in the code.
 */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  const run = sorted[Math.floor((sorted.length - 1) / 2)];
  return sorted.length === 1 ? run : { ...run, range: [sorted[0].wall, sorted.at(-1).wall] };
}

function record(corpus, scenario, size, run, extra = {}) {
  const row = {
    corpus,
    scenario,
    wallSeconds: Number(run.wall.toFixed(2)),
    cpuSeconds: run.cpu === undefined ? undefined : Number(run.cpu.toFixed(2)),
    filesPerSecond: Math.round(size.files / run.wall),
    linesPerSecond: Math.round(size.lines / run.wall),
    peakMiB: run.peakMiB === undefined ? undefined : Math.round(run.peakMiB),
    exit: run.status,
    ...(run.range ? { runs: runCount, wallRange: run.range.map((seconds) => Number(seconds.toFixed(2))) } : {}),
    ...extra,
  };
  rows.push({ ...row, loadAverage: loadavg()[0] });
  console.log(JSON.stringify(row));
  if (run.status !== 0 && run.status !== 1) console.error(run.stderr.split('\n').slice(-15).join('\n'));
}

const modelEntry = values.only === 'cli' ? undefined : await bundleEntries([['bench/model-entry.ts', 'model.js']]);
const cli = values.only === 'model' ? undefined : await locateCli();

for (const name of selected) {
  const directory = ensureCorpus(name);
  ensureChangeCommit(directory);
  const git = (...args) => execFileSync('git', args, { cwd: directory, encoding: 'utf8' });
  // Cold and warm runs see the base commit; the change scenarios then see the head with 20 files changed.
  git('checkout', '-q', 'HEAD~1');
  const size = corpusSize(directory);
  console.log(`corpus ${name}: ${size.files} files, ${size.lines} lines`);
  const cacheDirectory = path.join(root, '.cache', `bench-cache-${name}`);
  try {
    // Every round starts from an empty cache: a cold run and a warm one of the base commit, then
    // the head with its 20 changed files, as in a pull request after a scheduled audit.
    const rounds = (base, head) => {
      const samples = { cold: [], warm: [], changed: [] };
      for (let run = 0; run < runCount; run++) {
        rmSync(cacheDirectory, { recursive: true, force: true });
        samples.cold.push(measure(base));
        samples.warm.push(measure(base));
        git('checkout', '-q', 'main');
        samples.changed.push(measure(head));
        git('checkout', '-q', 'HEAD~1');
      }
      return samples;
    };
    if (modelEntry) {
      const workers = values.workers ? [values.workers] : [];
      const model = [modelEntry, directory, cacheDirectory, ...workers];
      const samples = rounds(model, model);
      const recordModel = (scenario, runs) => {
        const run = median(runs);
        record(name, scenario, size, run, run.status === 0 ? { model: JSON.parse(run.stdout.trim().split('\n').pop()) } : {});
      };
      recordModel('model cold', samples.cold);
      recordModel('model warm', samples.warm);
      recordModel('model, 20 files changed (warm cache)', samples.changed);
    }
    if (cli) {
      const cacheArgs = cli.cacheFlag ? ['--cache', cacheDirectory] : [];
      const audit = [cli.path, 'audit', '--repo', directory, '--format', 'json', '--output', '/dev/null', ...cacheArgs];
      const check = [cli.path, 'check', '--repo', directory, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--output', '/dev/null', ...cacheArgs];
      const samples = rounds(audit, check);
      record(name, 'audit cold', size, median(samples.cold));
      record(name, 'audit warm', size, median(samples.warm));
      record(name, 'check, 20 files changed (warm cache)', size, median(samples.changed));
    }
  } finally {
    git('checkout', '-q', 'main');
  }
}
writeFileSync(path.join(root, '.cache', 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
