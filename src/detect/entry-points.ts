import { basenameOf, joinPath, normaliseRelativePath } from '../core/workspace.js';

/** A start command found somewhere, and the source file it points at (when it could be resolved). */
export interface EntryTarget {
  /** Where the command was written. */
  file: string;
  line: number;
  command: string;
  /** The repository file the command starts, when found among `sourceFiles`. */
  target?: string;
}

/** Files that carry start commands, looked at in each candidate root. */
export function isCommandFile(path: string): boolean {
  const base = basenameOf(path);
  return base === 'Procfile' || base === 'Dockerfile' || base.startsWith('Dockerfile.') || base.endsWith('.dockerfile');
}

const PYTHON_SERVERS = /\b(?:uvicorn|gunicorn|hypercorn|daphne|granian|uvicorn\.run)\b/;

/** Module references a command names: `pkg.mod:app` for ASGI/WSGI servers, `-m pkg.mod`, `--app mod`, `FLASK_APP=mod`. */
function pythonModulesOf(command: string): string[] {
  const modules: string[] = [];
  const words = command.replace(/[[\]",']/g, ' ').split(/\s+/).filter(Boolean);
  if (PYTHON_SERVERS.test(command)) {
    for (const word of words) {
      const match = /^([A-Za-z_][\w.]*):[A-Za-z_][\w]*(?:\(.*)?$/.exec(word);
      if (match) modules.push(match[1]!);
    }
  }
  for (let index = 0; index < words.length - 1; index++) {
    if (words[index] === '-m' && !/^(uvicorn|gunicorn|hypercorn|flask|pip|pytest|alembic)$/.test(words[index + 1]!)) modules.push(words[index + 1]!);
    if (words[index] === '--app' || words[index] === '-A') modules.push(words[index + 1]!.split(':')[0]!);
  }
  const flaskApp = /FLASK_APP=([\w.]+)/.exec(command);
  if (flaskApp) modules.push(flaskApp[1]!.replace(/\.py$/, ''));
  // pyproject / setup.cfg entries: `pkg.module:function`.
  const bare = /^([A-Za-z_][\w.]*):[A-Za-z_]\w*$/.exec(command.trim());
  if (bare) modules.push(bare[1]!);
  return modules;
}

/** Script paths a command names: `node dist/server.js`, `tsx watch src/index.ts`, `python app.py`, or a bare `main` path. */
function scriptPathsOf(command: string): string[] {
  const words = command.replace(/[[\]",']/g, ' ').split(/\s+/).filter(Boolean);
  return words.filter((word) => /^[\w./@-]+\.(?:[cm]?[jt]s|py)$/.test(word) && !word.startsWith('-'));
}

/**
 * Finds the file a command starts, looking relative to the project root: Python modules as
 * `mod.py`, `mod/__init__.py`, `src/mod.py`; scripts as written, then (for compiled output) the
 * `src/` file with the same stem, since `dist/server.js` is built from `src/server.ts`.
 */
export function resolveEntry(root: string, command: string, sourceFiles: ReadonlySet<string>): string | undefined {
  const inRoot = (relative: string) => normaliseRelativePath(joinPath(root, relative));
  const existing = (relative: string): string | undefined => {
    const path = inRoot(relative);
    return path !== undefined && sourceFiles.has(path) ? path : undefined;
  };
  for (const module of pythonModulesOf(command)) {
    const stem = module.replace(/\./g, '/');
    const found = existing(`${stem}.py`) ?? existing(`${stem}/__init__.py`) ?? existing(`src/${stem}.py`) ?? existing(`src/${stem}/__init__.py`) ?? existing(`${stem}/__main__.py`);
    if (found) return found;
  }
  for (const script of scriptPathsOf(command)) {
    const direct = existing(script);
    if (direct) return direct;
    const stem = script.replace(/^\.\//, '').replace(/\.[cm]?[jt]s$/, '');
    const sourceStem = stem.replace(/^(dist|build|out|lib)\//, 'src/');
    for (const candidate of [sourceStem, stem.replace(/^(dist|build|out)\//, '')]) {
      for (const extension of ['.ts', '.mts', '.js', '.mjs', '.cjs', '/index.ts', '/index.js']) {
        const found = existing(`${candidate}${extension}`);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** 1-based line numbers and text of commands in a Procfile or Dockerfile (`CMD`, `ENTRYPOINT`, `RUN` excluded). */
export function commandsInFile(text: string, path: string): { line: number; command: string }[] {
  const out: { line: number; command: string }[] = [];
  const lines = text.split(/\r?\n/);
  const isProcfile = basenameOf(path) === 'Procfile';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (isProcfile) {
      const match = /^[\w-]+:\s*(.+)$/.exec(line);
      if (match && !/^release\b/.test(line)) out.push({ line: index + 1, command: match[1]! });
    } else {
      const match = /^(?:CMD|ENTRYPOINT)\s+(.+)$/i.exec(line);
      if (match) out.push({ line: index + 1, command: match[1]! });
    }
  });
  return out;
}

const JS_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.js', '/index.mjs'];

/**
 * The project files a file imports by relative path (JS/TS) or by module name (Python, absolute
 * from the project root or `src/`, or relative by level). A cheap resolver for following an entry
 * point one step (`server.js` -> `./app`); the import graph does the full job elsewhere.
 */
export function localImports(file: { path: string; grammar: string; imports: readonly { specifier: string; level?: number; typeOnly?: boolean }[] }, root: string, sourceFiles: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.';
  for (const fact of file.imports) {
    if (fact.typeOnly) continue;
    const bases: string[] = [];
    if (file.grammar === 'python') {
      const stem = fact.specifier.replace(/^\.+/, '').replace(/\./g, '/');
      if (fact.level) {
        let base = dir;
        for (let step = 1; step < fact.level; step++) base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '.';
        bases.push(joinPath(base, stem));
      } else {
        bases.push(joinPath(root, stem), joinPath(root, `src/${stem}`));
      }
      for (const base of bases) {
        const path = normaliseRelativePath(base);
        const hit = path === undefined ? undefined : [`${path}.py`, `${path}/__init__.py`].find((candidate) => sourceFiles.has(candidate));
        if (hit) {
          found.add(hit);
          break;
        }
      }
    } else if (fact.specifier.startsWith('.')) {
      const base = normaliseRelativePath(joinPath(dir, fact.specifier));
      if (base === undefined) continue;
      // TypeScript ESM writes `./app.js` for `app.ts`.
      const stems = [base, base.replace(/\.[cm]?js$/, '')];
      const hit = stems.flatMap((stem) => JS_EXTENSIONS.map((extension) => `${stem}${extension}`)).find((candidate) => sourceFiles.has(candidate));
      if (hit) found.add(hit);
    }
  }
  return [...found].sort();
}
