/**
 * Sensible contract settings read from the app's own files, for whatever the configuration leaves
 * out: how to start it, where it listens, where the spec and collections are. Pure: it reads the
 * Workspace only.
 */
import { DEFAULT_CONTRACT_TIMEOUTS } from '../config/load-config.js';
import type { Config, ContractConfig } from '../config/types.js';
import type { Framework } from '../core/types.js';
import { basenameOf, isWithin, joinPath, type Workspace } from '../core/workspace.js';

/** Paths are relative to the project root, like the paths in the configuration. */
export interface ContractDefaults {
  start?: string;
  /** Where `start` is run, relative to the project root. */
  cwd?: string;
  baseUrl?: string;
  openapi?: string;
  collections: string[];
  /** What told us, for `--debug` and the report's reason. */
  evidence: string[];
}


const SPEC_NAMES = /^(?:openapi|swagger|api)[\w.-]*\.(?:ya?ml|json)$/i;

/**
 * An `api*.yaml` file is a spec only if it says so: `openapi:`/`swagger:` at the top level of a
 * YAML document, or as a key of a JSON one. Test fixtures and configuration files of that name are
 * not contracts to check (and must not be reported as broken ones); a file named `openapi.*` or
 * `swagger.*` is meant as one, and is reported when broken.
 */
function declaresOpenApi(text: string | undefined): boolean {
  if (text === undefined) return false;
  const head = text.slice(0, 64 * 1024);
  return /^["']?(?:openapi|swagger)["']?\s*:/m.test(head) || /"(?:openapi|swagger)"\s*:/.test(head);
}

/**
 * `inferStart: false` looks only for the spec and collections: finding the app module reads the
 * project's Python files, which a static-only run (every check and audit) has no use for.
 */
export function contractDefaults(
  workspace: Workspace,
  projectRoot: string,
  framework: Framework | 'unknown' | 'mixed',
  options: { inferStart?: boolean } = {},
): ContractDefaults {
  const files = workspace.listFiles().filter((file) => isWithin(file, projectRoot));
  const relative = (file: string) => (projectRoot === '.' ? file : file.slice(projectRoot.length + 1));
  const at = (name: string) => files.includes(joinPath(projectRoot, name));
  const defaults: ContractDefaults = { collections: [], evidence: [] };

  const specs = files.filter(
    (file) =>
      SPEC_NAMES.test(basenameOf(file)) &&
      !/package(-lock)?\.json$/.test(file) &&
      (/^(?:openapi|swagger)/i.test(basenameOf(file)) || declaresOpenApi(workspace.readText(file))),
  );
  const spec = specs.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
  if (spec) defaults.openapi = relative(spec);
  defaults.collections = files.filter((file) => /\.postman_collection\.json$/i.test(file)).map(relative);
  if (options.inferStart === false) return defaults;

  if (at('run.sh')) {
    defaults.start = 'bash run.sh';
    defaults.evidence.push('run.sh');
  } else if (at('manage.py')) {
    defaults.start = 'python manage.py runserver 127.0.0.1:8000 --noreload';
    defaults.baseUrl = 'http://127.0.0.1:8000';
    defaults.evidence.push('manage.py');
  } else if (framework === 'fastapi' || framework === 'unknown' || framework === 'mixed' || framework === 'flask') {
    const asgi = findAppModule(workspace, files.map(relative), projectRoot, /^\s*(\w+)\s*(?::[^=]+)?=\s*(?:fastapi\.)?FastAPI\(/m);
    const flask = findAppModule(workspace, files.map(relative), projectRoot, /^\s*(\w+)\s*(?::[^=]+)?=\s*(?:flask\.)?Flask\(/m)
      ?? findAppModule(workspace, files.map(relative), projectRoot, /^def (create_app)\(/m);
    if (framework !== 'flask' && asgi) {
      const appDir = asgi.sourceRoot ? ` --app-dir ${asgi.sourceRoot}` : '';
      defaults.start = `python -m uvicorn ${asgi.module}:${asgi.variable}${appDir} --host 127.0.0.1 --port 8000`;
      defaults.baseUrl = 'http://127.0.0.1:8000';
      defaults.evidence.push(`${asgi.file} creates FastAPI()`);
    } else if (flask) {
      const target = flask.variable === 'create_app' ? `${flask.module}:create_app()` : flask.module;
      defaults.start = `python -m flask --app ${target} run --host 127.0.0.1 --port 5000`;
      defaults.baseUrl = 'http://127.0.0.1:5000';
      defaults.evidence.push(`${flask.file} creates the Flask app`);
    }
  }
  if (!defaults.start && at('package.json')) {
    const manifest = safeJson(workspace.readText(joinPath(projectRoot, 'package.json')));
    const scripts = manifest && typeof manifest.scripts === 'object' && manifest.scripts ? (manifest.scripts as Record<string, unknown>) : {};
    if (typeof scripts.start === 'string') {
      defaults.start = 'npm start';
      defaults.baseUrl = `http://127.0.0.1:${portIn(scripts.start) ?? 3000}`;
      defaults.evidence.push('package.json scripts.start');
    }
  }
  return defaults;
}

export interface ProjectContract {
  settings: ContractConfig;
  /** The `contract:` section that applies, when there is one (a live run in check/audit needs its `start`). */
  configured?: ContractConfig;
}

/**
 * The contract settings of one project: its own `contract:` override, else the top-level one, else
 * nothing but what the app's files tell. Undefined when the contract is `off` for the project.
 */
export function projectContract(
  config: Config,
  workspace: Workspace,
  projectRoot: string,
  framework: Framework | 'unknown' | 'mixed',
  /** When to infer the start command: only a live run needs it. */
  inferStart: 'always' | 'when-start-configured' | 'never' = 'always',
): ProjectContract | undefined {
  const override = config.projects.find((project) => project.root === projectRoot)?.contract;
  const configured = override !== undefined ? override : config.contract;
  if (configured === false) return undefined;
  const base = configured ?? { collections: [], env: {}, globals: {}, timeouts: { ...DEFAULT_CONTRACT_TIMEOUTS } };
  const infer = inferStart === 'always' || (inferStart === 'when-start-configured' && Boolean(configured?.start));
  const settings = withDefaults(base, contractDefaults(workspace, projectRoot, framework, { inferStart: infer }));
  return configured ? { settings, configured } : { settings };
}

/** The configured values win; defaults fill the gaps. */
export function withDefaults(config: ContractConfig, defaults: ContractDefaults): ContractConfig {
  const merged: ContractConfig = { ...config, collections: config.collections.length > 0 ? config.collections : defaults.collections };
  const openapi = config.openapi ?? defaults.openapi;
  const start = config.start ?? defaults.start;
  const cwd = config.cwd ?? defaults.cwd;
  const baseUrl = config.baseUrl ?? defaults.baseUrl;
  if (openapi) merged.openapi = openapi;
  if (start) merged.start = start;
  if (cwd) merged.cwd = cwd;
  if (baseUrl) merged.baseUrl = baseUrl;
  return merged;
}

interface AppModule {
  file: string;
  module: string;
  variable: string;
  sourceRoot?: string;
}

function findAppModule(workspace: Workspace, relativeFiles: string[], projectRoot: string, pattern: RegExp): AppModule | undefined {
  const preferred = ['app.py', 'main.py', 'wsgi.py', 'asgi.py', 'server.py'];
  const candidates = relativeFiles
    .filter((file) => file.endsWith('.py') && !/(^|\/)(tests?|migrations|\.venv|venv)\//.test(file))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  function rank(file: string): number {
    const index = preferred.indexOf(basenameOf(file));
    return file.split('/').length * 10 + (index < 0 ? 9 : index);
  }
  for (const file of candidates) {
    const match = pattern.exec(workspace.readText(joinPath(projectRoot, file)) ?? '');
    if (!match) continue;
    const sourceRoot = file.startsWith('src/') ? 'src' : undefined;
    const modulePath = (sourceRoot ? file.slice(4) : file).replace(/\.py$/, '').replace(/\/__init__$/, '');
    return { file, module: modulePath.split('/').join('.'), variable: match[1]!, ...(sourceRoot ? { sourceRoot } : {}) };
  }
  return undefined;
}

function portIn(script: string): number | undefined {
  const match = /(?:PORT=|--port[= ]|-p )(\d{2,5})/.exec(script);
  return match ? Number(match[1]) : undefined;
}

function safeJson(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
