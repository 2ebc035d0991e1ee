#!/usr/bin/env node
// Real-world audit: runs every built-in rule over well-known open-source backends that ship their
// source in a registry package, so a rule's false positives on clean code show up before a user sees
// them (issues #5 and #6). Not part of `npm test`: it needs PyPI and the npm registry.
//
//   npm run build && npm run real-world            # fetch once, audit every target, print the table
//   node scripts/real-world-audit.mjs --only django,ghost
//   node scripts/real-world-audit.mjs --refetch     # download and unpack again
//
// Everything lands in the git-ignored `.real-world/`:
//   downloads/          the archives exactly as the registries served them
//   src/<target>/       the unpacked source (wheels: only their .py files)
//   configs/<target>.yml  a config pinning the framework where detection cannot see the app root
//   reports/<target>.json the JSON report of `dist/cli.js audit`
//   findings.md         every finding (rule, file:line, message), for reading the code at each one
//   summary.json        counts per target and rule, timings, sizes, projects, stderr of failed runs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    refetch: { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.real-world');
const downloads = path.join(work, 'downloads');
const cli = path.join(root, 'dist', 'cli.js');

/**
 * The pinned targets. `kind`: `wheel` (PyPI wheel, .py files unpacked), `sdist` (PyPI source
 * archive) or `npm` (`npm pack` tarball). `audit` is the folder given to `--repo`, relative to the
 * target's folder: examples shipped inside a framework's own archive are audited from their folder,
 * since an `examples/` segment below the repository root never makes a project. Detection decides the
 * framework and ORM, as it would for a user; `pin` writes a config that pins a project's framework only
 * where detection finds none (a library with no framework import, or a package beside others in one
 * target); the ORM is still detected from the code's imports. `exclude` leaves out the
 * minified frontend bundles a package ships next to its server, as a user of the tool would.
 */
const TARGETS = [
  {
    id: 'django',
    ecosystem: 'python',
    about: "Django's own contrib apps (auth, admin, sessions, contenttypes, flatpages, gis...)",
    packages: [{ name: 'django', version: '5.2.19', kind: 'wheel' }],
  },
  {
    id: 'wagtail',
    ecosystem: 'python',
    about: 'Wagtail CMS: Django apps (admin, images, documents, search, snippets...)',
    packages: [{ name: 'wagtail', version: '8.0.1', kind: 'wheel' }],
  },
  {
    id: 'prefect',
    ecosystem: 'python',
    about: 'Prefect server: FastAPI API over async SQLAlchemy (prefect/server)',
    packages: [{ name: 'prefect', version: '3.9.1', kind: 'wheel' }],
  },
  {
    id: 'superset',
    ecosystem: 'python',
    about: 'Apache Superset: Flask + Flask-AppBuilder + SQLAlchemy',
    packages: [{ name: 'apache-superset', version: '6.1.0', kind: 'wheel' }],
  },
  {
    id: 'mlflow',
    ecosystem: 'python',
    about: 'MLflow tracking server: Flask handlers + SQLAlchemy stores',
    packages: [{ name: 'mlflow', version: '3.18.0', kind: 'wheel' }],
  },
  {
    id: 'flask-examples',
    ecosystem: 'python',
    about: "Flask's own examples from its sdist: the flaskr tutorial (sqlite3), celery, javascript",
    packages: [{ name: 'flask', version: '3.1.3', kind: 'sdist' }],
    audit: 'examples',
  },
  {
    id: 'aiohttp-examples',
    ecosystem: 'python',
    about: "aiohttp's own server examples from its sdist",
    packages: [{ name: 'aiohttp', version: '3.14.5', kind: 'sdist' }],
    audit: 'examples',
  },
  {
    id: 'ghost',
    ecosystem: 'node',
    about: 'Ghost: Express + knex/bookshelf (core/server)',
    packages: [{ name: 'ghost', version: '6.65.0', kind: 'npm' }],
    exclude: ['core/built/**', 'content/themes/**'],
  },
  {
    id: 'budibase-server',
    ecosystem: 'node',
    about: 'Budibase server: Koa + TypeScript, SQL integrations over knex/pg/mysql',
    packages: [{ name: '@budibase/server', version: '3.38.1', kind: 'npm' }],
    exclude: ['builder/**', 'client/**', 'dist/**'],
  },
  {
    id: 'strapi-v3',
    ecosystem: 'node',
    about: 'Strapi v3 (last JavaScript-source release): Koa core, bookshelf/knex connector, users-permissions plugin',
    packages: [
      { name: 'strapi', version: '3.6.11', kind: 'npm' },
      { name: 'strapi-connector-bookshelf', version: '3.6.11', kind: 'npm' },
      { name: 'strapi-plugin-users-permissions', version: '3.6.11', kind: 'npm' },
    ],
    pin: [
      { root: 'strapi', framework: 'koa' },
      { root: 'strapi-connector-bookshelf', framework: 'koa' },
      { root: 'strapi-plugin-users-permissions', framework: 'koa' },
    ],
  },
  {
    id: 'node-red',
    ecosystem: 'node',
    about: "Node-RED's Express editor API and runtime",
    packages: [
      { name: '@node-red/editor-api', version: '5.0.7', kind: 'npm' },
      { name: '@node-red/runtime', version: '5.0.7', kind: 'npm' },
    ],
  },
  {
    id: 'etherpad',
    ecosystem: 'node',
    about: 'Etherpad Lite server: Express + socket.io (src/node)',
    packages: [{ name: 'ep_etherpad-lite', version: '1.8.14', kind: 'npm' }],
  },
  {
    id: 'cnpmjs',
    ecosystem: 'node',
    about: 'cnpmjs.org private registry: Koa + raw MySQL',
    packages: [{ name: 'cnpmjs.org', version: '2.1.0', kind: 'npm' }],
  },
  {
    id: 'finale-rest',
    ecosystem: 'node',
    about: 'finale-rest: Express/Restify CRUD controllers over Sequelize',
    packages: [{ name: 'finale-rest', version: '1.2.2', kind: 'npm' }],
    pin: [{ root: '.', framework: 'express' }],
  },
  {
    id: 'fastify-examples',
    ecosystem: 'node',
    about: "Fastify's own examples from its npm package",
    packages: [{ name: 'fastify', version: '5.12.8', kind: 'npm' }],
    audit: 'examples',
    pin: [{ root: '.', framework: 'fastify' }],
  },
];

const SOURCE_FILE = /\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function mustRun(command, args, options = {}) {
  const result = run(command, args, options);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result;
}

/** The archive a registry serves for one pinned package, downloaded once. */
function download(pkg) {
  mkdirSync(downloads, { recursive: true });
  const normalised = pkg.name.replace(/^@/, '').replace(/\//g, '-');
  const pythonName = pkg.name.replace(/[-.]/g, '_').toLowerCase();
  const matches = (file) => {
    const lower = file.toLowerCase();
    if (pkg.kind === 'npm') return file === `${normalised}-${pkg.version}.tgz`;
    if (pkg.kind === 'wheel') return lower.startsWith(`${pythonName}-${pkg.version}-`) && lower.endsWith('.whl');
    return (lower.startsWith(`${pythonName}-${pkg.version}.`) || lower.startsWith(`${pkg.name.toLowerCase()}-${pkg.version}.`)) && /\.(tar\.gz|zip)$/.test(lower);
  };
  const existing = readdirSync(downloads).find(matches);
  if (existing && !values.refetch) return path.join(downloads, existing);
  if (pkg.kind === 'npm') {
    mustRun('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', downloads, '--silent']);
  } else {
    const binary = pkg.kind === 'wheel' ? ['--only-binary', ':all:'] : ['--no-binary', ':all:'];
    mustRun('pip', ['download', '--no-deps', ...binary, '--dest', downloads, `${pkg.name}==${pkg.version}`]);
  }
  const fetched = readdirSync(downloads).find(matches);
  if (!fetched) throw new Error(`downloaded ${pkg.name} ${pkg.version} but found no matching archive in ${downloads}`);
  return path.join(downloads, fetched);
}

/** Unpacks one archive into `into`: a wheel's .py files, every file of an sdist or npm tarball. */
function unpack(pkg, archive, into) {
  mkdirSync(into, { recursive: true });
  if (pkg.kind === 'wheel') {
    mustRun('unzip', ['-q', '-o', archive, '*.py', '-d', into]);
  } else {
    mustRun('tar', ['xzf', archive, '--strip-components=1', '-C', into]);
  }
}

function targetDirectory(target) {
  return path.join(work, 'src', target.id);
}

function fetchTarget(target) {
  const directory = targetDirectory(target);
  const marker = path.join(directory, '.fetched');
  if (existsSync(marker) && !values.refetch) return;
  rmSync(directory, { recursive: true, force: true });
  for (const pkg of target.packages) {
    const archive = download(pkg);
    // Several packages in one target each get their own folder, as they would in a monorepo.
    const into = target.packages.length > 1 ? path.join(directory, pkg.name.replace(/^@/, '').replace(/\//g, '__')) : directory;
    unpack(pkg, archive, into);
  }
  writeFileSync(marker, `${target.packages.map((pkg) => `${pkg.name}@${pkg.version}`).join('\n')}\n`);
}

/** Source files and lines the audit reads (node_modules and the target's `exclude` folders left out). */
function sourceSize(directory, exclude = []) {
  // The exclusions are all `folder/**`, so a prefix test is enough here.
  const excluded = exclude.map((glob) => glob.replace(/\/\*\*$/, '/'));
  let files = 0;
  let lines = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const relative = path.relative(directory, full).split(path.sep).join('/');
      if (entry.isDirectory() && excluded.some((prefix) => `${relative}/`.startsWith(prefix))) continue;
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') && statSync(full).size < 2_000_000) {
        files++;
        lines += readFileSync(full, 'utf8').split('\n').length;
      }
    }
  };
  walk(directory);
  return { files, lines };
}

function writeConfig(target) {
  if (!target.pin && !target.exclude) return undefined;
  const configs = path.join(work, 'configs');
  mkdirSync(configs, { recursive: true });
  const file = path.join(configs, `${target.id}.yml`);
  const lines = ['# Written by scripts/real-world-audit.mjs.'];
  if (target.pin) {
    lines.push('# Pinned: the package has no manifest, entry point or framework import at these roots.', 'projects:');
    for (const pin of target.pin) lines.push(`  - root: ${JSON.stringify(pin.root)}`, `    framework: ${pin.framework}`);
  }
  if (target.exclude) lines.push('# Minified frontend bundles shipped beside the server.', 'paths:', `  exclude: ${JSON.stringify(target.exclude)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function auditTarget(target) {
  const repo = path.join(targetDirectory(target), target.audit ?? '.');
  const reports = path.join(work, 'reports');
  mkdirSync(reports, { recursive: true });
  const reportFile = path.join(reports, `${target.id}.json`);
  rmSync(reportFile, { force: true });
  const config = writeConfig(target);
  const args = [cli, 'audit', '--repo', repo, '--format', 'json', '--output', reportFile, '--no-cache', ...(config ? ['--config', config] : [])];
  // CPU seconds and peak memory from /usr/bin/time when it exists: wall time alone says little on
  // a machine shared with other work.
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed ? run('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: root }) : run(process.execPath, args, { cwd: root });
  const seconds = (performance.now() - started) / 1000;
  const stat = (label) => new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr ?? '')?.[1];
  const cpu = timed ? Number(stat('User time \\(seconds\\)')) + Number(stat('System time \\(seconds\\)')) : undefined;
  const peakMiB = timed ? Math.round(Number(stat('Maximum resident set size \\(kbytes\\)')) / 1024) : undefined;
  // What the tool itself printed, without the report of /usr/bin/time.
  const stderr = timed ? (result.stderr ?? '').replace(/\n?\tCommand being timed:[\s\S]*$/, '').replace(/^Command exited with non-zero status \d+\n?/m, '') : (result.stderr ?? '');
  const command = `node ${args.map((arg) => (path.isAbsolute(arg) ? path.relative(root, arg) : arg)).join(' ')}`;
  const failed = result.status !== 0 && result.status !== 1;
  // A stack trace on stderr is a bug even when the exit code looks normal.
  const trace = /^\s+at .+:\d+:\d+\)?$/m.test(stderr);
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
  return { target, repo, command, seconds, cpu, peakMiB, status: result.status, stderr, failed, trace, report };
}

function countByRule(findings) {
  const counts = new Map();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

function table(header, rows) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => String(row[index]).length)));
  const line = (row) => `| ${row.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function main() {
  if (!existsSync(cli)) {
    console.error('dist/cli.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const only = values.only ? new Set(values.only.split(',').map((id) => id.trim())) : undefined;
  const targets = TARGETS.filter((target) => !only || only.has(target.id));
  if (only) for (const id of only) if (!TARGETS.some((target) => target.id === id)) console.error(`unknown target ${id}`);

  const results = [];
  for (const target of targets) {
    process.stderr.write(`${target.id}: fetching... `);
    fetchTarget(target);
    process.stderr.write('auditing... ');
    const result = auditTarget(target);
    result.size = sourceSize(result.repo, target.exclude);
    results.push(result);
    process.stderr.write(`${result.seconds.toFixed(1)} s, exit ${result.status}, ${result.report?.findings.length ?? '?'} findings\n`);
  }

  const counts = results.map((result) => countByRule(result.report?.findings ?? []));
  const rules = [...new Set(counts.flatMap((count) => [...count.keys()]))].sort();
  const header = ['rule', ...results.map((result) => result.target.id)];
  const rows = rules.map((rule) => [rule, ...counts.map((count) => count.get(rule) ?? 0)]);
  rows.push(['total', ...results.map((result) => result.report?.findings.length ?? 'failed')]);

  const sizes = table(
    ['target', 'packages', 'files', 'lines', 'wall s', 'cpu s', 'peak MiB', 'exit', 'projects (root framework orm)'],
    results.map((result) => [
      result.target.id,
      result.target.packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(' '),
      result.size.files,
      result.size.lines,
      result.seconds.toFixed(1),
      result.cpu === undefined ? '-' : result.cpu.toFixed(1),
      result.peakMiB ?? '-',
      result.status,
      (result.report?.projects ?? []).map((project) => `${project.root} ${project.framework} ${project.orm ?? '-'}`).join('; '),
    ]),
  );
  console.log(`${sizes}\n\nFindings per rule and target:\n\n${table(header, rows)}`);

  const problems = results.filter((result) => result.failed || result.trace || !result.report);
  for (const result of problems) {
    console.log(`\n${result.target.id}: exit ${result.status}${result.trace ? ', stack trace on stderr' : ''}\n$ ${result.command}\n${result.stderr.trim()}`);
  }
  // Anything else the tool said on stderr (warnings about unparsed files and the like), in short.
  for (const result of results) {
    const said = result.stderr.trim();
    if (said && !problems.includes(result)) console.log(`\n${result.target.id} stderr (first lines):\n${said.split('\n').slice(0, 8).join('\n')}`);
  }

  const listing = [`# Real-world audit findings\n`, `Written by scripts/real-world-audit.mjs. Paths are relative to .real-world/src/<target>/<audit folder>.\n`];
  for (const result of results) {
    listing.push(`\n## ${result.target.id} (${result.target.packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')})\n`);
    listing.push(`repo: ${path.relative(root, result.repo)}\n`);
    const byRule = new Map();
    for (const finding of result.report?.findings ?? []) {
      if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, []);
      byRule.get(finding.ruleId).push(finding);
    }
    for (const [rule, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      listing.push(`\n### ${rule} (${findings.length})\n`);
      for (const finding of findings) listing.push(`- ${finding.file}:${finding.line} ${finding.message.replace(/\s+/g, ' ')}`);
    }
  }
  writeFileSync(path.join(work, 'findings.md'), `${listing.join('\n')}\n`);
  writeFileSync(
    path.join(work, 'summary.json'),
    `${JSON.stringify(
      results.map((result) => ({
        target: result.target.id,
        packages: result.target.packages,
        repo: path.relative(root, result.repo),
        command: result.command,
        seconds: Number(result.seconds.toFixed(2)),
        cpuSeconds: result.cpu === undefined ? undefined : Number(result.cpu.toFixed(2)),
        peakMiB: result.peakMiB,
        exit: result.status,
        size: result.size,
        projects: (result.report?.projects ?? []).map(({ root: projectRoot, framework, orm, database }) => ({ root: projectRoot, framework, orm, database })),
        counts: Object.fromEntries(countByRule(result.report?.findings ?? [])),
        stderr: result.stderr,
      })),
      null,
      2,
    )}\n`,
  );
  console.log(`\nFindings listed in ${path.relative(root, path.join(work, 'findings.md'))}; counts and timings in ${path.relative(root, path.join(work, 'summary.json'))}.`);
  if (problems.length > 0) process.exitCode = 1;
}

main();
