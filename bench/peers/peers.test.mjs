// Tests of the comparison benchmark's own logic: `node --test bench/peers/`
// (not part of `npm test`: the benchmark is not shipped code, and these generate corpora on disk).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { score } from './score.mjs';
import { dependencyCruiser, importLinter, patternFamily } from './tools.mjs';

const bench = path.resolve(import.meta.dirname, '..');
const corpora = path.join(bench, '.corpus');

function generate(name, lines, ...flags) {
  execFileSync(process.execPath, [path.join(bench, 'generate-corpus.mjs'), '--lines', String(lines), '--name', name, ...flags], { stdio: 'ignore' });
  return path.join(corpora, name);
}

/** Digest of every file of a folder (relative path and bytes), .git left out. */
function digest(directory) {
  const hash = createHash('sha256');
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.posix.join(relative, entry.name);
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(child);
      else hash.update(`${child}\0`).update(readFileSync(path.join(directory, child))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

describe('generate-corpus.mjs', () => {
  const names = ['test-peers-default', 'test-peers-defects'];
  after(() => {
    for (const name of names) {
      rmSync(path.join(corpora, name), { recursive: true, force: true });
      rmSync(path.join(corpora, `${name}.defects.json`), { force: true });
    }
  });

  it('writes the same default corpus as before --defects existed', () => {
    // The digest of `--lines 20000` (seed 42) from the generator as it was before the option.
    assert.equal(digest(generate(names[0], 20_000)), '688ff2aa46dbd8fd5b717c58c68c8e8ce351c2e9314d46076d6b17c0f435902e');
  });

  it('seeds real defects at the lines its manifest names, and a 20-file change', () => {
    // Big enough for two defects and near misses of every kind, and the change.
    const directory = generate(names[1], 50_000, '--defects', '--git');
    const manifest = JSON.parse(readFileSync(`${directory}.defects.json`, 'utf8'));
    const line = (entry) => readFileSync(path.join(directory, entry.file), 'utf8').split('\n')[entry.endLine - 1];
    const expected = {
      'route-imports-repository': /^(from app\.repositories\.[\w.]+ import \w+Repository|import \{ \w+Repository \} from '@\/repositories\/)/,
      'route-imports-repository-relative': /^(from \.\.\.repositories\.|import \{ \w+Repository \} from '\.\.\/\.\.\/repositories\/)/,
      'route-imports-repository-alias': /^import \{ \w+Repository \} from '@data\//,
      'repository-imports-service': /^(from app\.services\.[\w.]+ import \w+Service|import \{ \w+Service \} from '@\/services\/)/,
      'fstring-in-text': /execute\(text\(f"SELECT .*\{term\}/,
      'fstring-in-fetch': /connection\.fetch\(f"SELECT .*\{since\}/,
      'template-in-sequelize-query': /sequelize\.query\(`SELECT .*\$\{term\}/,
      'template-in-pool-query': /pool\.query\(`DELETE .*\$\{id\}/,
      'joinedload-collection-without-unique': /return result\.scalar_one_or_none\(\)$/,
      'sync-force-in-app': /sequelize\.sync\(\{ force: true \}\)/,
      'include-alias-mismatch': /include: \[\{ model: \w+, as: 'owner' \}\]/,
    };
    assert.deepEqual(new Set(manifest.defects.map((defect) => defect.kind)), new Set(Object.keys(expected)));
    for (const defect of manifest.defects) assert.match(line(defect), expected[defect.kind], `${defect.kind} at ${defect.file}:${defect.endLine}`);
    // joinedload defects span their function, from the def to the consuming call.
    for (const defect of manifest.defects.filter((entry) => entry.family === 'joinedload')) {
      const lines = readFileSync(path.join(directory, defect.file), 'utf8').split('\n').slice(defect.line - 1, defect.endLine);
      assert.match(lines[0], /async def get_with_items/);
      assert.ok(lines.some((text) => /joinedload\(\w+\.\w+_items\)/.test(text)));
      assert.ok(!lines.some((text) => text.includes('unique()')));
    }
    for (const miss of manifest.nearMisses.filter((entry) => entry.kind === 'joinedload-collection-with-unique')) assert.match(line(miss), /unique\(\)\.scalar_one_or_none\(\)/);
    for (const miss of manifest.nearMisses.filter((entry) => entry.kind === 'sync-force-in-test')) assert.match(miss.file, /^backend-ts\/test\/.*\.test\.ts$/);

    const git = (...args) => execFileSync('git', args, { cwd: directory, encoding: 'utf8' }).trim();
    const changed = git('diff', '--name-only', 'HEAD~1', 'HEAD').split('\n');
    assert.equal(changed.length, 20);
    assert.deepEqual([...changed].sort(), manifest.change.files);
    const changeDefects = manifest.defects.filter((defect) => defect.change);
    assert.equal(new Set(changeDefects.map((defect) => defect.family)).size, 5);
    for (const defect of changeDefects) assert.ok(changed.includes(defect.file));
    // Base defects sit in files the change leaves alone, so their lines hold on both commits.
    for (const defect of manifest.defects.filter((entry) => !entry.change)) assert.ok(!changed.includes(defect.file), defect.file);
    assert.equal(git('status', '--porcelain'), '');
  });
});

describe('score', () => {
  const defects = [
    { family: 'sql', file: 'a.py', line: 10, endLine: 10 },
    { family: 'joinedload', file: 'b.py', line: 20, endLine: 24 },
    { family: 'layering', file: 'c.ts', line: 3, endLine: 3 },
  ];

  it('finds a defect by family, file and overlapping lines', () => {
    const result = score(
      [
        { family: 'sql', file: 'a.py', line: 10 },
        { family: 'joinedload', file: 'b.py', line: 18, endLine: 21 },
        { family: 'sql', file: 'c.ts', line: 3 },
      ],
      defects,
    );
    assert.equal(result.found, 2);
    assert.deepEqual(result.perFamily.layering, { found: 0, total: 1 });
    assert.deepEqual(result.falsePositives, [{ family: 'sql', file: 'c.ts', line: 3 }]);
  });

  it('matches a finding without a line to its file, counts duplicates once and other rules apart', () => {
    const result = score(
      [
        { family: 'layering', file: 'c.ts' },
        { family: 'layering', file: 'd.ts' },
        { family: 'layering', file: 'd.ts' },
        { family: 'other', file: 'a.py', line: 1 },
      ],
      defects,
    );
    assert.equal(result.perFamily.layering.found, 1);
    assert.equal(result.falsePositives.length, 1);
    assert.equal(result.unscored, 1);
  });

  it('tells pre-existing defects from false positives', () => {
    const result = score([{ family: 'sql', file: 'a.py', line: 10 }, { family: 'sql', file: 'a.py', line: 11 }], [], defects);
    assert.equal(result.preExisting, 1);
    assert.equal(result.falsePositives.length, 1);
  });
});

describe('peer output parsers', () => {
  it('maps the pattern rule ids to families', () => {
    assert.equal(patternFamily('peers.semgrep.route-imports-repository-python'), 'layering');
    assert.equal(patternFamily('template-literal-sql-in-query'), 'sql');
    assert.equal(patternFamily('joinedload-collection-without-unique'), 'joinedload');
    assert.equal(patternFamily('sequelize-sync-force'), 'sync-force');
  });

  it('reads import-linter reports, a chain at its last link', () => {
    const stdout = [
      'app.repositories is not allowed to import app.services:',
      '',
      '- app.repositories.crm.order -> app.services.crm.order (l.7)',
      '',
      '- app.models.crm.item -> app.models.crm.order (l.3)',
      '  app.models.crm.order -> app.repositories.crm.order (l.9, l.12)',
      '',
      'Routes do not import repositories',
      '-   app.routes.crm.order -> app.repositories.crm.order (l.5)',
    ].join('\n');
    const findings = importLinter.parse({ cwd: '/nonexistent/backend-py' }, { stdout });
    assert.deepEqual(
      findings.map((finding) => `${finding.file}:${finding.line}`),
      ['backend-py/app/repositories/crm/order.py:7', 'backend-py/app/models/crm/order.py:9', 'backend-py/app/routes/crm/order.py:5'],
    );
  });

  it('leaves out the violations dependency-cruiser was told are known', () => {
    const stdout = JSON.stringify({
      summary: {
        violations: [
          { from: 'backend-ts/src/routes/a.ts', to: 'backend-ts/src/repositories/a.ts', rule: { name: 'route-imports-repository', severity: 'error' } },
          { from: 'backend-ts/src/routes/b.ts', to: 'backend-ts/src/repositories/b.ts', rule: { name: 'route-imports-repository', severity: 'ignore' } },
        ],
      },
    });
    assert.deepEqual(dependencyCruiser.parse({}, { stdout }), [{ family: 'layering', file: 'backend-ts/src/routes/a.ts', rule: 'route-imports-repository' }]);
  });
});
