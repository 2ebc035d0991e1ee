#!/usr/bin/env node
// constraint-gate side by side with the tools users would pick instead (not part of `npm test`):
// Semgrep, ast-grep, dependency-cruiser and import-linter on the same corpus with equivalent rules
// (bench/peers/), and Newman against constraint-gate's live contract run.
//
//   npm run bench:peers                               # both corpora, every scenario, 5 timed runs
//   node bench/peers.mjs --corpus small --runs 1      # a quick look while developing
//   node bench/peers.mjs --only pr --corpus large --skip-build
//
// It installs what is missing (Semgrep and import-linter from PyPI into bench/.venv-peers, the npm
// dev dependencies), builds dist/ and runs a copy of it, generates the corpora with seeded defects
// (bench/generate-corpus.mjs --defects --git), then for every tool: one warm-up run and the median
// of `--runs` timed runs (wall, CPU, peak memory of the process tree), the findings scored against
// the defect manifest. Tables go to stdout and .cache/bench-peers/results.{md,json}.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timeInterleaved } from './peers/measure.mjs';
import { FAMILIES, score } from './peers/score.mjs';
import { renderContract, renderTable } from './peers/table.mjs';
import { astGrep, astGrepBinary, CG_RULES, ruleCounts, constraintGate, dependencyCruiser, importLinter, PATTERN_FAMILIES, ROOT, semgrep, VENV, versions } from './peers/tools.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    only: { type: 'string', multiple: true },
    'skip-build': { type: 'boolean', default: false },
    'skip-install': { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
  },
});
const CORPORA = { small: 100_000, large: 1_000_000 };
const SCENARIOS = ['audit', 'patterns', 'pr', 'contract'];
const selectedCorpora = values.corpus ?? Object.keys(CORPORA);
const scenarios = values.only ?? SCENARIOS;
for (const name of selectedCorpora) if (!(name in CORPORA)) throw new Error(`--corpus ${name}: expected ${Object.keys(CORPORA).join(' or ')}`);
for (const name of scenarios) if (!SCENARIOS.includes(name)) throw new Error(`--only ${name}: expected one of ${SCENARIOS.join(', ')}`);
const runs = Number(values.runs);
const work = path.join(ROOT, '.cache', 'bench-peers');
mkdirSync(work, { recursive: true });

const sh = (command, args, options = {}) => execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
/** Like `sh`, for a tool whose non-zero exit only says it found something. */
function shFinding(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error || result.status === null || result.status > 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status})\n${result.stderr}`);
  return result.stdout;
}
const log = (message) => console.error(`[peers] ${message}`);

// --- peers ---------------------------------------------------------------------------------------

function installPeers() {
  const bin = (name) => path.join(VENV, 'bin', name);
  if (!existsSync(bin('semgrep')) || !existsSync(bin('lint-imports'))) {
    log(`installing Semgrep and import-linter into ${path.relative(ROOT, VENV)}`);
    if (!existsSync(bin('python'))) sh('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    sh(bin('pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', path.join(ROOT, 'bench', 'peers', 'requirements.txt')], { stdio: 'inherit' });
  }
  const hasNpmPeers = () => {
    try {
      return Boolean(astGrepBinary()) && existsSync(path.join(ROOT, 'node_modules', 'dependency-cruiser', 'package.json'));
    } catch {
      return false;
    }
  };
  if (!hasNpmPeers()) {
    log('installing the npm dev dependencies (@ast-grep/cli, dependency-cruiser)');
    sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
}

// --- constraint-gate -----------------------------------------------------------------------------

/** Builds dist/ and runs a copy of it, so other work rebuilding dist/ cannot change a measurement. */
function prepareConstraintGate() {
  if (!values['skip-build']) {
    log('npm run build');
    sh('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }
  const copy = path.join(work, 'constraint-gate-dist');
  rmSync(copy, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
  const cli = path.join(copy, 'cli.js');
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']).trim();
  const dirty = sh('git', ['status', '--porcelain', '--', 'src', 'rules']).trim().split('\n').filter(Boolean).length;
  const cgVersion = `${version} (commit ${commit}${dirty ? ` + uncommitted changes in ${dirty} files of src/ and rules/` : ''})`;

  const allRules = JSON.parse(sh(process.execPath, [cli, 'rules', '--format', 'json'])).map((rule) => rule.id);
  for (const id of Object.keys(CG_RULES)) if (!allRules.includes(id)) throw new Error(`constraint-gate has no rule ${id}`);
  const writeConfig = (name, enabled) => {
    const file = path.join(work, `constraint-gate-${name}.yml`);
    const disable = enabled ? allRules.filter((id) => !enabled.includes(id)) : [];
    writeFileSync(file, `# Written by bench/peers.mjs.\nconstraints:\n  architecture: clean\nrules:\n  disable: ${JSON.stringify(disable)}\n`);
    return file;
  };
  const patternRules = Object.keys(CG_RULES).filter((id) => PATTERN_FAMILIES.includes(CG_RULES[id]));
  return {
    cli,
    cgVersion,
    ruleCount: allRules.length,
    configs: { equivalent: writeConfig('equivalent', Object.keys(CG_RULES)), patterns: writeConfig('patterns', patternRules), all: writeConfig('all') },
    patternRules,
  };
}

// --- corpora -------------------------------------------------------------------------------------

function ensureCorpus(name) {
  const directory = path.join(ROOT, 'bench', '.corpus', `${name}-defects`);
  const manifestFile = `${directory}.defects.json`;
  if (values.regenerate || !existsSync(manifestFile) || !existsSync(path.join(directory, '.git'))) {
    log(`generating ${path.relative(ROOT, directory)}`);
    sh(process.execPath, [path.join(ROOT, 'bench', 'generate-corpus.mjs'), '--lines', String(CORPORA[name]), '--name', `${name}-defects`, '--defects', '--git'], { stdio: 'inherit' });
  }
  sh('git', ['checkout', '-q', 'main'], { cwd: directory });
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const lines = manifest.lines >= 1_000_000 ? `${(manifest.lines / 1e6).toFixed(2)}M` : `${Math.round(manifest.lines / 1000)}k`;
  return { name, directory, manifest, label: `${lines} lines, ${manifest.files.toLocaleString('en')} files` };
}

/** Runs `action` with the corpus checked out at its base commit (HEAD~1), then back at main. */
function atBase(corpus, action) {
  sh('git', ['checkout', '-q', 'HEAD~1'], { cwd: corpus.directory });
  try {
    return action();
  } finally {
    sh('git', ['checkout', '-q', 'main'], { cwd: corpus.directory });
  }
}

// --- measuring -----------------------------------------------------------------------------------

const rows = { audit: [], patterns: [], pr: [], contract: [] };

/** Times the specs of one table interleaved, then scores each one's findings. */
async function measureTable(table, corpus, specs) {
  log(`${corpus.name}: ${specs.map((spec) => spec.label).join(' | ')}`);
  const timings = await timeInterleaved(
    specs.map((spec) => ({ ...spec.invocation, prepare: spec.prepare })),
    { runs, onRun: (index, round, result) => log(`  round ${round}: ${specs[index].key} ${result.wall.toFixed(2)} s`) },
  );
  for (const [index, spec] of specs.entries()) {
    const timing = timings[index];
    const findings = spec.parse(spec.invocation, timing.last);
    const result = score(findings, spec.defects, spec.known ?? []);
    rows[table].push({
      corpus: corpus.label,
      key: spec.key,
      label: spec.label,
      families: spec.families,
      notExpressible: spec.notExpressible ?? [],
      wall: timing.wall,
      walls: timing.walls,
      cpu: timing.cpu,
      peakMiB: timing.peakMiB,
      findings: findings.length,
      score: result,
    });
    const recall = spec.families.map((family) => `${family} ${result.perFamily[family].found}/${result.perFamily[family].total}`).join(', ');
    log(`${spec.label}: ${timing.wall.toFixed(2)} s (runs ${timing.walls.map((wall) => wall.toFixed(2)).join(' ')}), CPU ${timing.cpu?.toFixed(2)} s, ${Math.round(timing.peakMiB)} MiB; ${recall}; ${result.falsePositives.length} false positives${result.preExisting ? `, ${result.preExisting} pre-existing` : ''}${result.unscored ? `, ${result.unscored} of other rules` : ''}`);
    for (const finding of result.falsePositives.slice(0, 5)) log(`    false positive: ${finding.rule} ${finding.file}:${finding.line ?? ''}`);
  }
}

const NOT_EXPRESSIBLE = ['include-alias'];
const patternRuleCount = ruleCounts();
const PATTERN_TOOL_FAMILIES = ['layering', 'sql', 'joinedload', 'sync-force'];
const inLanguage = (language, defects) => defects.filter((defect) => defect.language === language);

async function fullAudit(corpus, cg) {
  const defects = corpus.manifest.defects;
  const specs = [];
  const output = (name) => path.join(work, `${corpus.name}-${name}.json`);
  specs.push({
    key: 'cg',
    label: `constraint-gate (${Object.keys(CG_RULES).length} equivalent rules)`,
    families: FAMILIES,
    defects,
    invocation: constraintGate.audit({ cli: cg.cli, corpus: corpus.directory, config: cg.configs.equivalent, output: output('cg') }),
    parse: constraintGate.parse,
  });
  specs.push({
    key: 'cg-all',
    label: `constraint-gate (all ${cg.ruleCount} built-in rules)`,
    families: FAMILIES,
    defects,
    invocation: constraintGate.audit({ cli: cg.cli, corpus: corpus.directory, config: cg.configs.all, output: output('cg-all') }),
    parse: constraintGate.parse,
  });
  specs.push({
    key: 'semgrep',
    label: `Semgrep (${patternRuleCount.semgrep} rules)`,
    families: PATTERN_TOOL_FAMILIES,
    notExpressible: NOT_EXPRESSIBLE,
    defects,
    invocation: semgrep.scan({ corpus: corpus.directory, output: output('semgrep') }),
    parse: semgrep.parse,
  });
  specs.push({
    key: 'ast-grep',
    label: `ast-grep (${patternRuleCount.astGrep} rules)`,
    families: PATTERN_TOOL_FAMILIES,
    notExpressible: NOT_EXPRESSIBLE,
    defects,
    invocation: astGrep.scan({ corpus: corpus.directory }),
    parse: astGrep.parse,
  });
  specs.push({
    key: 'depcruise',
    label: 'dependency-cruiser (4 rules, TypeScript layering)',
    families: ['layering'],
    defects: inLanguage('typescript', defects).filter((defect) => defect.family === 'layering'),
    invocation: dependencyCruiser.cruise({ corpus: corpus.directory }),
    parse: dependencyCruiser.parse,
  });
  specs.push({
    key: 'import-linter',
    label: 'import-linter (2 contracts, Python layering)',
    families: ['layering'],
    defects: inLanguage('python', defects).filter((defect) => defect.family === 'layering'),
    invocation: importLinter.lint({ corpus: corpus.directory }),
    parse: importLinter.parse,
  });
  await measureTable('audit', corpus, specs);
}

async function patternRules(corpus, cg) {
  const defects = corpus.manifest.defects.filter((defect) => PATTERN_FAMILIES.includes(defect.family));
  const specs = [];
  specs.push({
    key: 'cg',
    label: `constraint-gate (${cg.patternRules.length} query rules)`,
    families: PATTERN_FAMILIES,
    defects,
    invocation: constraintGate.audit({ cli: cg.cli, corpus: corpus.directory, config: cg.configs.patterns, output: path.join(work, `${corpus.name}-cg-patterns.json`) }),
    parse: constraintGate.parse,
  });
  specs.push({
    key: 'ast-grep',
    label: 'ast-grep (5 rules)',
    families: PATTERN_FAMILIES,
    defects,
    invocation: astGrep.scan({ corpus: corpus.directory, filter: '^(fstring|template|joinedload|sequelize)' }),
    parse: astGrep.parse,
  });
  await measureTable('patterns', corpus, specs);
}

async function pullRequest(corpus, cg) {
  const fresh = corpus.manifest.defects.filter((defect) => defect.change);
  const old = corpus.manifest.defects.filter((defect) => !defect.change);
  const base = sh('git', ['rev-parse', 'HEAD~1'], { cwd: corpus.directory }).trim();
  const changed = sh('git', ['diff', '--name-only', 'HEAD~1', 'HEAD'], { cwd: corpus.directory }).trim().split('\n');
  const output = (name) => path.join(work, `${corpus.name}-pr-${name}.json`);
  const specs = [];

  specs.push({
    key: 'cg',
    label: 'constraint-gate `check`, no cache',
    families: FAMILIES,
    defects: fresh,
    known: old,
    invocation: constraintGate.check({ cli: cg.cli, corpus: corpus.directory, config: cg.configs.equivalent, output: output('cg') }),
    parse: constraintGate.parse,
  });
  // The cache CI keeps between runs (actions/cache): the base commit analysed, the 20 files not.
  const baseCache = path.join(work, `${corpus.name}-cache-base`);
  const runCache = path.join(work, `${corpus.name}-cache-run`);
  rmSync(baseCache, { recursive: true, force: true });
  atBase(corpus, () => shFinding(process.execPath, [cg.cli, 'audit', '--repo', corpus.directory, '--config', cg.configs.equivalent, '--format', 'json', '--output', '/dev/null', '--cache', baseCache]));
  specs.push({
    key: 'cg-cache',
    label: 'constraint-gate `check`, cache of the base commit',
    families: FAMILIES,
    defects: fresh,
    known: old,
    invocation: constraintGate.check({ cli: cg.cli, corpus: corpus.directory, config: cg.configs.equivalent, output: output('cg-cache'), cache: runCache }),
    prepare: () => {
      rmSync(runCache, { recursive: true, force: true });
      cpSync(baseCache, runCache, { recursive: true });
    },
    parse: constraintGate.parse,
  });
  specs.push({
    key: 'semgrep',
    label: 'Semgrep `--baseline-commit`',
    families: PATTERN_TOOL_FAMILIES,
    notExpressible: NOT_EXPRESSIBLE,
    defects: fresh,
    known: old,
    invocation: semgrep.scan({ corpus: corpus.directory, output: output('semgrep'), baseline: base }),
    parse: semgrep.parse,
  });
  specs.push({
    key: 'ast-grep',
    label: 'ast-grep on the 20 changed files (no diff mode)',
    families: PATTERN_TOOL_FAMILIES,
    notExpressible: NOT_EXPRESSIBLE,
    defects: fresh,
    known: old,
    invocation: astGrep.scan({ corpus: corpus.directory, targets: changed }),
    parse: astGrep.parse,
  });
  const known = path.join(work, `${corpus.name}-depcruise-known.json`);
  atBase(corpus, () => dependencyCruiser.baseline({ corpus: corpus.directory, output: known }));
  specs.push({
    key: 'depcruise',
    label: 'dependency-cruiser `--ignore-known` (baseline of the base commit)',
    families: ['layering'],
    defects: inLanguage('typescript', fresh).filter((defect) => defect.family === 'layering'),
    known: inLanguage('typescript', old),
    invocation: dependencyCruiser.cruise({ corpus: corpus.directory, known }),
    parse: dependencyCruiser.parse,
  });
  specs.push({
    key: 'import-linter',
    label: 'import-linter (no diff mode: whole project)',
    families: ['layering'],
    defects: inLanguage('python', fresh).filter((defect) => defect.family === 'layering'),
    known: inLanguage('python', old),
    invocation: importLinter.lint({ corpus: corpus.directory }),
    parse: importLinter.parse,
  });
  await measureTable('pr', corpus, specs);
}

// --- contract ------------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function contractRun(cg) {
  const shared = path.resolve(ROOT, '..', 'shared', 'conduit');
  if (!existsSync(shared)) {
    log(`skipping the contract comparison: ${shared} is missing`);
    return;
  }
  const app = mkdtempSync(path.join(tmpdir(), 'cg-peers-conduit-'));
  try {
    cpSync(path.join(ROOT, 'examples', 'conduit-express', 'app.js'), path.join(app, 'app.js'));
    cpSync(path.join(shared, 'openapi.yml'), path.join(app, 'openapi.yml'));
    cpSync(path.join(shared, 'Conduit.postman_collection.json'), path.join(app, 'Conduit.postman_collection.json'));
    const port = await freePort();
    const nodePath = path.join(ROOT, 'node_modules');
    const globals = { APIURL: `http://127.0.0.1:${port}/api`, USERNAME: 'bench', EMAIL: 'bench@example.com', PASSWORD: 'password-1234' };
    writeFileSync(
      path.join(app, '.constraint-gate.yml'),
      [
        'contract:',
        '  openapi: openapi.yml',
        '  collections: [Conduit.postman_collection.json]',
        `  start: ${JSON.stringify(`${process.execPath} app.js`)}`,
        `  env: ${JSON.stringify({ PORT: String(port), NODE_PATH: nodePath })}`,
        `  base-url: http://127.0.0.1:${port}`,
        '  health: /api/tags',
        `  globals: ${JSON.stringify(globals)}`,
        '  timeouts: { start: 20s, request: 10s, total: 120s }',
        '',
      ].join('\n'),
    );
    const cgOutput = path.join(work, 'contract-cg.json');
    const newmanReport = path.join(work, 'contract-newman.json');
    log('contract: constraint-gate | newman');
    const [cgTiming, newmanTiming] = await timeInterleaved(
      [
        { command: process.execPath, args: [cg.cli, 'contract', '--repo', app, '--format', 'json', '--output', cgOutput, '--no-cache'], okStatus: [0, 1] },
        {
          command: process.execPath,
          args: [path.join(ROOT, 'bench', 'peers', 'newman-run.mjs'), '--app', app, '--collection', path.join(app, 'Conduit.postman_collection.json'), '--port', String(port), '--health', '/api/tags', '--report', newmanReport, ...Object.entries(globals).flatMap(([name, value]) => ['--global', `${name}=${value}`])],
          env: { NODE_PATH: nodePath },
          okStatus: [0, 1],
        },
      ],
      { runs },
    );
    const contract = JSON.parse(readFileSync(cgOutput, 'utf8')).contract;
    rows.contract.push({
      label: 'constraint-gate `contract` (collection + a response-schema check per response)',
      wall: cgTiming.wall,
      cpu: cgTiming.cpu,
      peakMiB: cgTiming.peakMiB,
      passed: contract.assertions.passed,
      total: contract.assertions.total,
      passRate: contract.passRate,
      operations: `${contract.operations.covered}/${contract.operations.total}`,
    });
    const stats = JSON.parse(readFileSync(newmanReport, 'utf8')).run.stats.assertions;
    rows.contract.push({
      label: '`newman run` (app started and stopped by a script)',
      wall: newmanTiming.wall,
      cpu: newmanTiming.cpu,
      peakMiB: newmanTiming.peakMiB,
      passed: stats.total - stats.failed,
      total: stats.total,
      passRate: (100 * (stats.total - stats.failed)) / stats.total,
    });
    for (const row of rows.contract) log(`  ${row.label}: ${row.wall.toFixed(2)} s, A% ${row.passRate.toFixed(1)} (${row.passed}/${row.total})`);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

// --- main ----------------------------------------------------------------------------------------

if (!values['skip-install']) installPeers();
const cg = prepareConstraintGate();
const tools = versions({ cgVersion: cg.cgVersion });
const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadBefore: loadavg()[0] };
const started = new Date();
for (const name of selectedCorpora) {
  const corpus = ensureCorpus(name);
  if (scenarios.includes('audit')) await fullAudit(corpus, cg);
  if (scenarios.includes('patterns')) await patternRules(corpus, cg);
  if (scenarios.includes('pr')) await pullRequest(corpus, cg);
}
if (scenarios.includes('contract')) await contractRun(cg);
machine.loadAfter = loadavg()[0];

const sections = [
  `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB; load average ${machine.loadBefore.toFixed(1)} before, ${machine.loadAfter.toFixed(1)} after. Wall: median of ${runs} runs after a warm-up.`,
  `Versions: ${Object.entries(tools).map(([name, version]) => `${name} ${version}`).join('; ')}.`,
];
if (rows.audit.length) sections.push(`### Full audit, equivalent rules\n\n${renderTable(rows.audit, { reference: 'cg' })}`);
if (rows.patterns.length) sections.push(`### Pattern-expressible rules only\n\n${renderTable(rows.patterns, { reference: 'cg' })}`);
if (rows.pr.length) sections.push(`### PR case: 20 changed files, new defects only\n\n${renderTable(rows.pr, { reference: 'cg', preExisting: true })}`);
if (rows.contract.length) sections.push(`### Contract: the Conduit collection against examples/conduit-express\n\n${renderContract(rows.contract)}`);
const markdown = `${sections.join('\n\n')}\n`;
writeFileSync(path.join(work, 'results.md'), markdown);
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify({ started, machine, tools, runs, rows }, null, 1)}\n`);
console.log(markdown);
