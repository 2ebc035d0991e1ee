import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { fsWorkspace } from '../io/fs-workspace.js';
import { fsFactsCache } from '../io/fs-facts-cache.js';
import { buildSourceModel } from './build-model.js';
import { memoryFactsCache } from './facts-cache.js';
import type { GrammarName } from './grammars.js';
import { contentHash, DEFAULT_FILE_LIMITS, sha1 } from './parse-file.js';
import { startParsePool } from './parse-pool.js';
import type { FileRulePayload } from '../rules/types.js';

describe('buildSourceModel: files it does not parse', () => {
  it('keeps facts of a file with syntax errors and adds one note at the first error', async () => {
    const workspace = memoryWorkspace({
      'app/broken.py': 'import os\n\ndef ok():\n    return 1\n\ndef broken(:\n    pass\nfrom .models import User\n',
    });
    const model = await buildSourceModel(workspace);
    const facts = model.files.get('app/broken.py')!;
    expect(facts.syntaxErrors[0]?.line).toBe(6);
    expect(facts.imports.map((fact) => fact.specifier)).toEqual(['os', '.models']);
    expect(model.notes).toHaveLength(1);
    expect(model.notes[0]).toMatchObject({ ruleId: 'source/syntax-error', severity: 'note', file: 'app/broken.py', line: 6, category: 'architecture' });
  });

  it('skips binary, minified and oversized files with a note each, and ignores non-code files', async () => {
    const minified = `var a=${'[1,2,3],'.repeat(1000)}0;`;
    const workspace = memoryWorkspace({
      'src/binary.js': 'const a = 1;\u0000\u0001\u0002',
      'src/vendor.js': `${minified}\n${minified}\n`,
      'public/lib.min.js': 'var a=1;\n',
      'src/huge.ts': `export const data = [\n${'  1,\n'.repeat(7000)}];\n`,
      'src/ok.ts': "import x from './huge';\n",
      'README.md': '# not code\n',
    });
    const model = await buildSourceModel(workspace, { limits: { ...DEFAULT_FILE_LIMITS, maxBytes: 30_000 } });
    expect([...model.files.keys()]).toEqual(['src/ok.ts']);
    expect(model.notes.map((note) => [note.file, note.ruleId, note.message.split(':')[1]?.trim().split(' ').slice(0, 3).join(' ')])).toEqual([
      ['public/lib.min.js', 'source/skipped-file', 'it looks minified'],
      ['src/binary.js', 'source/skipped-file', 'it looks binary.'],
      ['src/huge.ts', 'source/skipped-file', 'it is larger'],
      ['src/vendor.js', 'source/skipped-file', 'it looks minified'],
    ]);
    expect(model.stats).toMatchObject({ files: 1, parsed: 1, skipped: 4, fromCache: 0 });
  });

  it('reads schema.prisma files through the Prisma schema reader', async () => {
    const model = await buildSourceModel(
      memoryWorkspace({
        'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\nmodel User {\n  id Int @id\n  email String\n}\n',
        'prisma/notes.txt': 'model Ignored {}\n',
      }),
    );
    expect([...model.files.keys()]).toEqual(['prisma/schema.prisma']);
    const facts = model.files.get('prisma/schema.prisma')!;
    expect(facts.grammar).toBe('prisma');
    expect(facts.models.map((fact) => [fact.name, fact.orm, fact.line])).toEqual([['User', 'prisma', 6]]);
    expect(facts.database.some((fact) => fact.engine === 'postgres')).toBe(true);
  });

  it('never follows a symbolic link that leaves the repository', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'cg-symlink-'));
    try {
      const repo = path.join(base, 'repo');
      const outside = path.join(base, 'outside');
      mkdirSync(path.join(repo, 'app'), { recursive: true });
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'secret.py'), 'import leaked_module\n');
      writeFileSync(path.join(repo, 'app', 'main.py'), 'from . import inside\n');
      writeFileSync(path.join(repo, 'app', 'inside.py'), 'import os\n');
      symlinkSync(path.join(outside, 'secret.py'), path.join(repo, 'app', 'linked.py'));
      symlinkSync(outside, path.join(repo, 'linked-dir'));
      const model = await buildSourceModel(fsWorkspace(repo));
      expect([...model.files.keys()]).toEqual(['app/inside.py', 'app/main.py']);
      const everyImport = [...model.files.values()].flatMap((facts) => facts.imports.map((fact) => fact.specifier));
      expect(everyImport).not.toContain('leaked_module');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

/** Shard file names with their modification times, to tell whether a run wrote anything. */
function shardSnapshot(directory: string): Record<string, number> {
  return Object.fromEntries(readdirSync(directory).map((name) => [name, statSync(path.join(directory, name)).mtimeMs]));
}

describe('buildSourceModel: cache', () => {
  const files = {
    'app/main.py': 'from .db import session\n',
    'app/db.py': 'session = None\n',
    'src/index.ts': "import { a } from './a';\n",
    'src/a.ts': 'export const a = 1;\n',
  };

  it('takes unchanged files from the cache and re-parses changed ones', async () => {
    const cache = memoryFactsCache();
    const cold = await buildSourceModel(memoryWorkspace(files), { cache });
    expect(cold.stats).toMatchObject({ files: 4, parsed: 4, fromCache: 0 });
    const warm = await buildSourceModel(memoryWorkspace(files), { cache });
    expect(warm.stats).toMatchObject({ files: 4, parsed: 0, fromCache: 4 });
    expect([...warm.files.values()]).toEqual([...cold.files.values()]);
    const changed = await buildSourceModel(memoryWorkspace({ ...files, 'src/a.ts': 'export const a = 2;\nexport const b = 3;\n' }), { cache });
    expect(changed.stats).toMatchObject({ files: 4, parsed: 1, fromCache: 3 });
    expect(changed.files.get('src/a.ts')?.definitions.map((definition) => definition.name)).toEqual(['a', 'b']);
    const otherRules = await buildSourceModel(memoryWorkspace(files), { cache, salt: 'another rule set' });
    expect(otherRules.stats).toMatchObject({ parsed: 4, fromCache: 0 });
  });

  it('looks facts up by the content ids the workspace knows, without reading those files', async () => {
    const cache = memoryFactsCache();
    await buildSourceModel(memoryWorkspace(files), { cache });
    const read: string[] = [];
    const knowing = (known: Record<string, string>) => {
      const plain = memoryWorkspace({ ...files, ...known });
      return {
        ...plain,
        readText: (file: string) => (read.push(file), plain.readText(file)),
        // What git reports: the blob ids of the committed content, for the files left unedited.
        contentId: (file: string) => (file in known ? undefined : contentHash(files[file as keyof typeof files])),
      };
    };
    const warm = await buildSourceModel(knowing({}), { cache });
    expect(warm.stats).toMatchObject({ parsed: 0, fromCache: 4 });
    expect(read.filter((file) => file in files)).toEqual([]);
    const edited = await buildSourceModel(knowing({ 'app/db.py': 'session = 2\n' }), { cache });
    expect(edited.stats).toMatchObject({ parsed: 1, fromCache: 3 });
    expect(read.filter((file) => file in files)).toEqual(['app/db.py']);
  });

  it('hashes content the way git names blobs', () => {
    // `printf 'x = 1\n' | git hash-object --stdin`, and the same for a text with a two-byte character.
    expect(contentHash('x = 1\n')).toBe('7d4290a117a4ddcc11daae7ea675841033830c8f');
    expect(contentHash('héllo\n')).toBe('5fb50d3c93474f139362304b663fe44e9d17a26e');
  });

  it('does not share an entry between identical files at different paths', async () => {
    const cache = memoryFactsCache();
    const model = await buildSourceModel(memoryWorkspace({ 'a/__init__.py': '', 'b/__init__.py': '' }), { cache });
    expect([...model.files.values()].map((facts) => facts.path)).toEqual(['a/__init__.py', 'b/__init__.py']);
    expect(cache.entries.size).toBe(2);
  });

  it('persists facts on disk, and a warm run with no change writes nothing', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'cg-facts-cache-'));
    try {
      const cold = await buildSourceModel(memoryWorkspace(files), { cache: fsFactsCache(directory) });
      expect(cold.stats.parsed).toBe(4);
      const warm = await buildSourceModel(memoryWorkspace(files), { cache: fsFactsCache(directory) });
      expect(warm.stats).toMatchObject({ parsed: 0, fromCache: 4 });
      expect([...warm.files.values()]).toEqual([...cold.files.values()]);
      const changed = await buildSourceModel(memoryWorkspace({ ...files, 'app/db.py': 'session = 1\n' }), { cache: fsFactsCache(directory) });
      expect(changed.stats).toMatchObject({ parsed: 1, fromCache: 3 });
      const shardsBefore = shardSnapshot(directory);
      const again = await buildSourceModel(memoryWorkspace({ ...files, 'app/db.py': 'session = 1\n' }), { cache: fsFactsCache(directory) });
      expect(again.stats).toMatchObject({ parsed: 0, fromCache: 4 });
      expect(shardSnapshot(directory)).toEqual(shardsBefore);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reads the files of a change first without changing the model', async () => {
    const workspaceFiles = { ...files, 'app/broken.py': 'def f(:\n    pass\n', 'src/broken.ts': 'const = ;\n', 'src/z.ts': 'export const z = 1;\n' };
    const cache = memoryFactsCache();
    await buildSourceModel(memoryWorkspace(workspaceFiles), { cache });
    const changed = { ...workspaceFiles, 'src/z.ts': 'export const z = 2;\n', 'app/broken.py': 'def g(:\n    pass\n' };
    const plain = await buildSourceModel(memoryWorkspace(changed), { cache });
    const first = await buildSourceModel(memoryWorkspace(changed), { cache, readFirst: ['src/z.ts', 'src/broken.ts', 'app/broken.py'] });
    expect(first.stats).toMatchObject({ parsed: 0, fromCache: 7 });
    expect([...first.files.keys()]).toEqual([...plain.files.keys()]);
    expect(first.notes).toEqual(plain.notes);
    expect(first.notes.map((note) => note.file)).toEqual(['app/broken.py', 'src/broken.ts']);
  });

  it('treats a corrupt cache shard as a cold start', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'cg-facts-cache-'));
    try {
      await buildSourceModel(memoryWorkspace(files), { cache: fsFactsCache(directory) });
      const shards = readdirSync(directory);
      expect(shards.length).toBeGreaterThan(0);
      for (const shard of shards) writeFileSync(path.join(directory, shard), '{ not json');
      const model = await buildSourceModel(memoryWorkspace(files), { cache: fsFactsCache(directory) });
      expect(model.stats).toMatchObject({ parsed: 4, fromCache: 0 });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('buildSourceModel: worker threads', () => {
  // The worker runs from a bundle, as in dist/; build one into a git-ignored folder of the repository
  // so its web-tree-sitter and grammar wasm files resolve from node_modules.
  const bundleDirectory = path.resolve('.cache', `parse-worker-test-${process.pid}`);
  let workerScript: URL;

  beforeAll(async () => {
    mkdirSync(bundleDirectory, { recursive: true });
    const outfile = path.join(bundleDirectory, 'parse-worker.js');
    await build({
      entryPoints: [path.resolve('src/source/parse-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['web-tree-sitter'],
      logLevel: 'silent',
    });
    workerScript = pathToFileURL(outfile);
  });

  afterAll(() => rmSync(bundleDirectory, { recursive: true, force: true }));

  it('yields the same facts as parsing in the main thread', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 150; index++) {
      files[`app/module_${index}.py`] = `from .module_${(index + 1) % 150} import value\n\nasync def handler_${index}():\n    return value\n`;
      files[`src/module${index}.ts`] = `import { v } from './module${(index + 1) % 150}';\nexport async function handler${index}() { return v; }\n`;
    }
    files['app/broken.py'] = 'def broken(:\n    pass\n';
    const inThread = await buildSourceModel(memoryWorkspace(files), { workers: 0 });
    const logger = memoryLogger();
    const inWorkers = await buildSourceModel(memoryWorkspace(files), { workers: 2, workerScript, logger });
    expect(logger.messages.filter((message) => message.level === 'warn')).toEqual([]);
    expect(inWorkers.stats).toMatchObject({ files: 301, parsed: 301 });
    expect([...inWorkers.files.entries()]).toEqual([...inThread.files.entries()]);
    expect(inWorkers.notes).toEqual(inThread.notes);
    expect(inWorkers.graph.edgesTo('app/module_0.py').map((edge) => edge.from)).toEqual(['app/module_149.py']);
  });

  it('writes the same cache shards from facts parsed in workers (sent as JSON) as from the main thread', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 60; index++) {
      files[`app/m${index}.py`] = `from app.m${(index + 1) % 60} import value\n\n@router.get("/items/${index}")\nasync def item_${index}():\n    return value\n`;
      files[`src/m${index}.ts`] = `import { v } from './m${(index + 1) % 60}';\nrouter.get('/items/${index}', async (req, res) => res.json(v));\n`;
    }
    const directories = [mkdtempSync(path.join(tmpdir(), 'cg-facts-cache-')), mkdtempSync(path.join(tmpdir(), 'cg-facts-cache-'))];
    try {
      const inWorkers = await buildSourceModel(memoryWorkspace(files), { workers: 2, workerScript, cache: fsFactsCache(directories[0]!) });
      const inThread = await buildSourceModel(memoryWorkspace(files), { workers: 0, workerScript, cache: fsFactsCache(directories[1]!) });
      expect(inWorkers.stats.parsed).toBe(120);
      expect(inThread.stats.parsed).toBe(120);
      const shardTexts = (directory: string) => Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(path.join(directory, name), 'utf8')]));
      const shards = shardTexts(directories[0]!);
      expect(Object.keys(shards).length).toBeGreaterThan(10);
      expect(shards).toEqual(shardTexts(directories[1]!));
      const warm = await buildSourceModel(memoryWorkspace(files), { workers: 2, workerScript, cache: fsFactsCache(directories[0]!) });
      expect(warm.stats).toMatchObject({ parsed: 0, fromCache: 120 });
      expect([...warm.files.entries()]).toEqual([...inThread.files.entries()]);
    } finally {
      for (const directory of directories) rmSync(directory, { recursive: true, force: true });
    }
  });

  it('hands the per-file rule payload to the rule hook in workers and in the main thread', async () => {
    const perFileRules: FileRulePayload = {
      version: 1,
      dataAccessPaths: [],
      checks: [],
      rules: [
        {
          id: 'test/no-eval',
          category: 'security',
          severity: 'warning',
          message: 'eval call',
          grammars: ['javascript', 'typescript', 'tsx'],
          include: [],
          exclude: [],
          match: { query: '(call_expression function: (identifier) @name (#eq? @name "eval")) @match' },
        },
      ],
    };
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) files[`src/m${index}.js`] = index % 10 === 0 ? 'eval("1");\n' : 'run();\n';
    for (const workers of [0, 2]) {
      const model = await buildSourceModel(memoryWorkspace(files), { workers, workerScript, perFileRules });
      const flagged = [...model.files.values()].filter((facts) => facts.findings.some((finding) => finding.ruleId === 'test/no-eval'));
      expect(flagged.map((facts) => facts.path)).toEqual(['src/m0.js', 'src/m10.js', 'src/m20.js', 'src/m30.js']);
    }
  });

  it('starts the pool ahead of its jobs: warmed-up workers parse like the main thread, and an unused pool closes', async () => {
    const setup = { grammars: ['python', 'typescript'] as GrammarName[] };
    const unused = startParsePool(workerScript, 2, setup);
    await unused.close();
    const pool = startParsePool(workerScript, 2, setup);
    const jobs = [
      { path: 'a.py', text: 'import os\n', hash: sha1('import os\n') },
      { path: 'b.ts', text: "import x from './x';\n", hash: sha1("import x from './x';\n") },
    ];
    try {
      for (const job of jobs) pool.add(job);
      const outcomes = await pool.finish();
      expect(outcomes.map((outcome) => outcome.kind === 'parsed' && outcome.facts.imports.map((fact) => fact.specifier))).toEqual([['os'], ['./x']]);
      expect(() => pool.add(jobs[0]!)).toThrow('no jobs after finish');
      await expect(pool.finish()).rejects.toThrow('parses once');
    } finally {
      await pool.close();
    }
  });

  it('takes jobs while they are found, and returns their outcomes in the order added, across a pool that grows', async () => {
    const pool = startParsePool(workerScript, 1, {});
    const jobs = Array.from({ length: 150 }, (_, index) => {
      const text = index % 2 === 0 ? `import mod_${index}\n` : `import x${index} from './x${index}';\n`;
      return { path: index % 2 === 0 ? `m${index}.py` : `m${index}.ts`, text, hash: sha1(text) };
    });
    try {
      for (const [index, job] of jobs.entries()) {
        pool.add(job);
        // Let the worker answer part batches while jobs are still coming.
        if (index % 40 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        if (index === 70) pool.grow(1, { grammars: ['python', 'typescript'] });
      }
      expect(pool.size).toBe(2);
      const outcomes = await pool.finish();
      expect(outcomes.map((outcome) => outcome.kind === 'parsed' && outcome.facts.path)).toEqual(jobs.map((job) => job.path));
      expect(outcomes.map((outcome) => outcome.kind === 'parsed' && outcome.facts.imports[0]?.specifier)).toEqual(
        jobs.map((_, index) => (index % 2 === 0 ? `mod_${index}` : `./x${index}`)),
      );
      await expect(pool.finish()).rejects.toThrow('parses once');
    } finally {
      await pool.close();
    }
  });

  it('parses the changed files of a large warm repository in one early worker, with the facts of the main thread', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 2100; index++) files[`app/m${index}.py`] = `from app.m${(index + 1) % 2100} import value\nvalue = ${index}\n`;
    const cache = memoryFactsCache();
    const cold = await buildSourceModel(memoryWorkspace(files), { workers: 2, workerScript, cache });
    expect(cold.stats.parsed).toBe(2100);
    const changed = { ...files, 'app/m5.py': 'import os\n', 'app/m1500.py': 'import sys\n' };
    const warm = await buildSourceModel(memoryWorkspace(changed), { workerScript, cache });
    expect(warm.stats).toMatchObject({ parsed: 2, fromCache: 2098 });
    const inThread = await buildSourceModel(memoryWorkspace(changed), { workers: 0 });
    expect(warm.files.get('app/m5.py')).toEqual(inThread.files.get('app/m5.py'));
    expect(warm.files.get('app/m1500.py')).toEqual(inThread.files.get('app/m1500.py'));

    // A worker that cannot start shows whether a pool was tried: in a large repository read with a
    // cache, yes, even for little text; in a small one the text is parsed in the main thread.
    const missing = pathToFileURL(path.join(bundleDirectory, 'missing-worker.js'));
    const tried = (logger: ReturnType<typeof memoryLogger>) => logger.messages.some((message) => message.message.includes('parse workers failed'));
    const largeLogger = memoryLogger();
    await buildSourceModel(memoryWorkspace(changed), { workerScript: missing, logger: largeLogger, cache: memoryFactsCache() });
    expect(tried(largeLogger)).toBe(true);
    const smallLogger = memoryLogger();
    const small = Object.fromEntries(Object.entries(changed).slice(0, 500));
    const smallModel = await buildSourceModel(memoryWorkspace(small), { workerScript: missing, logger: smallLogger, cache: memoryFactsCache() });
    expect(smallModel.stats.parsed).toBe(500);
    expect(tried(smallLogger)).toBe(false);
  });

  it('rejects the parse of a pool whose workers failed before it was asked', async () => {
    const pool = startParsePool(pathToFileURL(path.join(bundleDirectory, 'missing-worker.js')), 2, {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      pool.add({ path: 'a.py', text: 'x = 1\n', hash: sha1('x = 1\n') });
      await expect(pool.finish()).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });

  it('falls back to the main thread when the worker script cannot start', async () => {
    const logger = memoryLogger();
    const model = await buildSourceModel(memoryWorkspace({ 'a.py': 'import os\n' }), {
      workers: 2,
      workerScript: pathToFileURL(path.join(bundleDirectory, 'missing-worker.js')),
      logger,
    });
    expect(model.stats.parsed).toBe(1);
    expect(logger.messages.some((message) => message.level === 'warn' && message.message.includes('parse workers failed'))).toBe(true);
  });
});
