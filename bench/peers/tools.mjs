// The compared tools: where each is installed, how it is invoked on the corpus (full audit and
// PR case), and how its output becomes findings { family, file, line?, endLine?, rule } with
// paths relative to the corpus root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const PEERS_DIR = import.meta.dirname;
export const ROOT = path.resolve(PEERS_DIR, '..', '..');
export const VENV = path.join(ROOT, 'bench', '.venv-peers');

/** constraint-gate's rules in the equivalent set, by family; the pattern set drops the semantic ones. */
export const CG_RULES = {
  'architecture/forbidden-layer-import': 'layering',
  'sqlalchemy/interpolated-sql-in-text': 'sql',
  'python-sql/interpolated-sql-in-execute': 'sql',
  'node-sql/interpolated-sql-in-query': 'sql',
  'sqlalchemy/joined-eager-load-without-unique': 'joinedload',
  'sequelize/sync-force-outside-tests': 'sync-force',
  'sequelize/include-alias-mismatch': 'include-alias',
};
export const PATTERN_FAMILIES = ['sql', 'joinedload', 'sync-force'];

/** Family of a Semgrep or ast-grep rule id (both rule sets use the same ids). */
export function patternFamily(id) {
  const name = id.split('.').pop();
  if (/import/.test(name)) return 'layering';
  if (/sql/.test(name)) return 'sql';
  if (/joinedload/.test(name)) return 'joinedload';
  if (/sync/.test(name)) return 'sync-force';
  return 'other';
}

const exists = (file) => (existsSync(file) ? file : undefined);

/** The ast-grep binary: the platform package's own (npm 11 skips @ast-grep/cli's postinstall, and its JS shim costs a start-up per call). */
export function astGrepBinary() {
  for (const name of [`@ast-grep/cli-${process.platform}-${process.arch}-gnu`, `@ast-grep/cli-${process.platform}-${process.arch}-musl`, `@ast-grep/cli-${process.platform}-${process.arch}`]) {
    try {
      return path.join(path.dirname(require.resolve(`${name}/package.json`)), 'ast-grep');
    } catch {
      // Not this platform's package.
    }
  }
  return exists(path.join(ROOT, 'node_modules', '.bin', 'ast-grep'));
}

const depcruiseBin = () => path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const python = (name) => path.join(VENV, 'bin', name);

/** Versions of every tool, as each reports it. */
export function versions({ cgVersion }) {
  const ask = (command, args) => execFileSync(command, args, { encoding: 'utf8', cwd: ROOT }).trim().split('\n').pop();
  return {
    'constraint-gate': cgVersion,
    Semgrep: ask(python('semgrep'), ['--version']),
    'ast-grep': ask(astGrepBinary(), ['--version']).replace(/^ast-grep\s+/, ''),
    'dependency-cruiser': ask(process.execPath, [depcruiseBin(), '--version']),
    'import-linter': ask(python('python'), ['-c', 'import importlib.metadata as m; print(m.version("import-linter"))']),
    Newman: ask(process.execPath, [require.resolve('newman/bin/newman.js'), '--version']),
    'Node.js': process.version,
    Python: ask(python('python'), ['--version']).replace(/^Python\s+/, ''),
  };
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** How many rules the Semgrep and ast-grep rule sets hold (for the table's labels). */
export function ruleCounts() {
  const count = (directory, pattern) => readdirSync(directory).filter((file) => file.endsWith('.yml')).reduce((sum, file) => sum + (readFileSync(path.join(directory, file), 'utf8').match(pattern)?.length ?? 0), 0);
  return { semgrep: count(path.join(PEERS_DIR, 'semgrep'), /^ {2}- id: /gm), astGrep: count(path.join(PEERS_DIR, 'ast-grep', 'rules'), /^id: /gm) };
}

// ------------------------------------------------------------------------------------------------

export const constraintGate = {
  /** `audit` with the given config; the parse cache off unless `cache` is given. */
  audit({ cli, corpus, config, output, cache }) {
    return {
      command: process.execPath,
      args: [cli, 'audit', '--repo', corpus, '--config', config, '--format', 'json', '--output', output, ...(cache ? ['--cache', cache] : ['--no-cache'])],
      okStatus: [0, 1],
      output,
    };
  },
  /** `check` of HEAD~1..HEAD: findings on the whole project, reported on the changed lines. */
  check({ cli, corpus, config, output, cache }) {
    return {
      command: process.execPath,
      args: [cli, 'check', '--repo', corpus, '--base', 'HEAD~1', '--head', 'HEAD', '--config', config, '--format', 'json', '--output', output, ...(cache ? ['--cache', cache] : ['--no-cache'])],
      okStatus: [0, 1],
      output,
    };
  },
  parse(invocation) {
    return readJson(invocation.output).findings.map((finding) => ({
      family: CG_RULES[finding.ruleId] ?? 'other',
      file: finding.file,
      line: finding.line,
      endLine: finding.endLine ?? finding.line,
      rule: finding.ruleId,
    }));
  },
};

export const semgrep = {
  /** `semgrep scan` of the whole corpus, or with `baseline` only what is new since that commit. */
  scan({ corpus, output, baseline }) {
    return {
      command: python('semgrep'),
      args: ['scan', '--config', path.join(PEERS_DIR, 'semgrep'), '--metrics', 'off', '--disable-version-check', '--json', '--quiet', '--output', output, ...(baseline ? ['--baseline-commit', baseline] : []), '.'],
      cwd: corpus,
      okStatus: [0, 1],
      output,
    };
  },
  parse(invocation) {
    const report = readJson(invocation.output);
    if (report.errors?.length) throw new Error(`Semgrep reported errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
    return report.results.map((result) => ({ family: patternFamily(result.check_id), file: result.path, line: result.start.line, endLine: result.end.line, rule: result.check_id.split('.').pop() }));
  },
};

export const astGrep = {
  /** `ast-grep scan` of the given targets (the corpus, or the changed files), optionally a subset of rules. */
  scan({ corpus, targets = ['.'], filter }) {
    return {
      command: astGrepBinary(),
      args: ['scan', '--config', path.join(PEERS_DIR, 'ast-grep', 'sgconfig.yml'), '--json=compact', ...(filter ? ['--filter', filter] : []), ...targets],
      cwd: corpus,
      okStatus: [0, 1],
    };
  },
  parse(invocation, result) {
    return JSON.parse(result.stdout).map((match) => ({ family: patternFamily(match.ruleId), file: match.file, line: match.range.start.line + 1, endLine: match.range.end.line + 1, rule: match.ruleId }));
  },
};

export const dependencyCruiser = {
  /** The TypeScript backend; with `known`, violations listed in that baseline file are left out. */
  cruise({ corpus, known }) {
    return {
      command: process.execPath,
      args: [depcruiseBin(), 'backend-ts/src', '--config', path.join(PEERS_DIR, 'dependency-cruiser.cjs'), '--output-type', 'json', ...(known ? ['--ignore-known', known] : [])],
      cwd: corpus,
      // The exit code is the number of error-level violations.
      okStatus: Array.from({ length: 1000 }, (_, index) => index),
    };
  },
  /** Writes the known-violations baseline of the current checkout. */
  baseline({ corpus, output }) {
    rmSync(output, { force: true });
    // Exits with the number of violations, like a normal run.
    spawnSync(process.execPath, [depcruiseBin(), 'backend-ts/src', '--config', path.join(PEERS_DIR, 'dependency-cruiser.cjs'), '--output-type', 'baseline', '--output-to', output], { cwd: corpus, stdio: 'ignore' });
    if (!existsSync(output)) throw new Error(`dependency-cruiser wrote no baseline to ${output}`);
  },
  parse(invocation, result) {
    // --ignore-known keeps known violations in the output with their severity set to `ignore`.
    return JSON.parse(result.stdout)
      .summary.violations.filter((violation) => violation.rule.severity !== 'ignore')
      .map((violation) => ({ family: 'layering', file: violation.from, rule: violation.rule.name }));
  },
};

export const importLinter = {
  lint({ corpus }) {
    return {
      command: python('lint-imports'),
      args: ['--config', path.join(PEERS_DIR, 'importlinter.ini'), '--no-cache'],
      cwd: path.join(corpus, 'backend-py'),
      // A wide console keeps each reported import on one line.
      env: { COLUMNS: '1000' },
      okStatus: [0, 1],
    };
  },
  /**
   * Each reported item is an import chain `a -> b (l.N)`, one line per link; the last link is the
   * import that enters the forbidden layer, and that is where the finding is.
   */
  parse(invocation, result) {
    const findings = [];
    let last;
    const flush = () => {
      if (last) findings.push(last);
      last = undefined;
    };
    for (const line of result.stdout.split('\n')) {
      const link = /^(-\s+|\s+)([\w.]+) -> ([\w.]+) \(l\.(\d+)/.exec(line);
      if (!link) {
        if (line.trim() === '') continue;
        flush();
        continue;
      }
      if (link[1].startsWith('-')) flush();
      const module = link[2].replaceAll('.', '/');
      const asPackage = path.join(invocation.cwd, module, '__init__.py');
      const file = `backend-py/${existsSync(asPackage) ? `${module}/__init__.py` : `${module}.py`}`;
      last = { family: 'layering', file, line: Number(link[4]), endLine: Number(link[4]), rule: 'import-linter' };
    }
    flush();
    return findings;
  },
};
