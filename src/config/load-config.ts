import { Ajv, type ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/types.js';
import { ConfigurationError } from '../core/errors.js';
import { locateYamlPath } from '../core/yaml-locate.js';
import { configSchema } from './schema.js';
import { CLEAN_LAYERS } from './presets.js';
import type { Config, Constraints, ContractConfig, FailOnCondition, LayerDefinition, ProjectOverride } from './types.js';
import { explainSchemaError } from './schema-errors.js';
import { parseDuration } from './duration.js';

export const CONFIG_FILE_NAMES = ['.constraint-gate.yml', '.constraint-gate.yaml'];

export const DEFAULT_FAIL_ON: FailOnCondition[] = (['data-layer', 'database', 'orm', 'architecture', 'contract'] as const).map(
  (category) => ({ category, severity: 'error' }),
);

// verbose: the error messages name the known keys, which Ajv only passes along in verbose mode.
/** Contract timeouts when the config names none. */
export const DEFAULT_CONTRACT_TIMEOUTS = { startMs: 60_000, requestMs: 10_000, totalMs: 600_000 } as const;

// Compiled when a config file is read: a run on the defaults never pays for it.
let compiledConfigSchema: ValidateFunction | undefined;
const configValidator = (): ValidateFunction => (compiledConfigSchema ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(configSchema));

export function defaultConfig(): Config {
  return {
    constraints: { architecture: null, database: null, orm: null },
    projects: [],
    paths: { include: [], exclude: [] },
    rules: { disable: [], severity: {}, paths: [] },
    contract: undefined,
    ai: { authors: [], trailers: [], labels: [], branches: [] },
    scope: 'changed',
    gate: { failOn: DEFAULT_FAIL_ON, minScore: 0 },
    locate: () => ({ line: 1, column: 1 }),
  };
}

/** Parses and validates a config file's text; throws ConfigurationError with positions on any problem. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new ConfigurationError(`YAML syntax error: ${error.reason}.`, {
        position: { file, line: error.mark.line + 1, column: error.mark.column + 1 },
        hint: 'Fix the YAML syntax; `yamllint` or an editor with the JSON Schema in schemas/config.schema.json shows it as you type.',
      });
    }
    throw error;
  }
  if (raw === undefined || raw === null) raw = {};
  const locate = (path: readonly (string | number)[]) => locateYamlPath(text, path);
  const validate = configValidator();
  if (!validate(raw)) {
    const located = explainSchemaError(validate.errors ?? [], raw)
      .map((problem) => ({ problem, position: locate(problem.path) }))
      .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
    const toError = ({ problem, position }: (typeof located)[number]) =>
      new ConfigurationError(problem.message, { position: { file, ...position }, ...(problem.hint ? { hint: problem.hint } : {}) });
    const [first, ...rest] = located;
    const error = toError(first!);
    (error as ConfigurationError & { related?: ConfigurationError[] }).related = rest.map(toError);
    throw error;
  }
  return normaliseConfig(raw as RawConfig, file, locate);
}

type RawConstraints = { architecture?: string | { preset?: 'clean'; layers?: Record<string, { paths: string[]; 'may-import'?: string[] }> }; database?: string; orm?: string };
type RawContract = 'off' | {
  openapi?: string; collections?: string[]; start?: string; cwd?: string;
  env?: Record<string, string | number | boolean>; 'base-url'?: string; health?: string;
  globals?: Record<string, string | number | boolean>;
  timeouts?: { start?: string | number; request?: string | number; total?: string | number };
};
interface RawConfig {
  constraints?: RawConstraints;
  projects?: { root: string; framework?: string; constraints?: RawConstraints; contract?: RawContract; paths?: { include?: string[]; exclude?: string[] } }[];
  paths?: { include?: string[]; exclude?: string[] };
  rules?: { disable?: string[]; severity?: Record<string, Severity>; paths?: string[] };
  baseline?: string;
  contract?: RawContract;
  ai?: { authors?: string[]; trailers?: string[]; labels?: string[]; branches?: string[] };
  scope?: Config['scope'];
  gate?: { 'fail-on'?: string[]; 'min-score'?: number };
  cache?: string;
}

function normaliseConfig(raw: RawConfig, file: string, locate: Config['locate']): Config {
  const defaults = defaultConfig();
  const config: Config = {
    file,
    constraints: normaliseConstraints(raw.constraints, file, locate, ['constraints']),
    projects: (raw.projects ?? []).map((project, index): ProjectOverride => ({
      root: normaliseRoot(project.root),
      ...(project.framework ? { framework: project.framework as ProjectOverride['framework'] } : {}),
      ...(project.constraints ? { constraints: normaliseConstraints(project.constraints, file, locate, ['projects', index, 'constraints']) } : {}),
      ...(project.contract !== undefined ? { contract: normaliseContract(project.contract) } : {}),
      ...(project.paths ? { paths: { include: project.paths.include ?? [], exclude: project.paths.exclude ?? [] } } : {}),
    })),
    paths: { include: raw.paths?.include ?? [], exclude: raw.paths?.exclude ?? [] },
    rules: { disable: raw.rules?.disable ?? [], severity: raw.rules?.severity ?? {}, paths: raw.rules?.paths ?? [] },
    contract: raw.contract === undefined ? undefined : normaliseContract(raw.contract),
    ai: {
      authors: raw.ai?.authors ?? [],
      trailers: raw.ai?.trailers ?? [],
      labels: raw.ai?.labels ?? [],
      branches: raw.ai?.branches ?? [],
    },
    scope: raw.scope ?? defaults.scope,
    gate: {
      failOn: raw.gate?.['fail-on'] ? raw.gate['fail-on'].map(parseFailOn) : defaults.gate.failOn,
      minScore: raw.gate?.['min-score'] ?? 0,
    },
    locate,
  };
  if (raw.baseline) config.baseline = raw.baseline;
  if (raw.cache) config.cache = raw.cache;
  for (const [index, pattern] of [...config.ai.authors, ...config.ai.trailers].entries()) {
    try {
      new RegExp(pattern, 'i');
    } catch {
      const key = index < config.ai.authors.length ? 'authors' : 'trailers';
      throw new ConfigurationError(`\`ai.${key}\` holds an invalid regular expression: ${pattern}`, {
        position: { file, ...locate(['ai', key]) },
      });
    }
  }
  const roots = new Set<string>();
  for (const [index, project] of config.projects.entries()) {
    if (roots.has(project.root)) {
      throw new ConfigurationError(`The project root \`${project.root}\` is listed twice in \`projects\`.`, {
        position: { file, ...locate(['projects', index, 'root']) },
      });
    }
    roots.add(project.root);
  }
  return config;
}

function normaliseRoot(root: string): string {
  const trimmed = root.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

function normaliseConstraints(
  raw: RawConstraints | undefined,
  file: string,
  locate: Config['locate'],
  path: (string | number)[],
): Constraints {
  const architecture = raw?.architecture;
  let normalised: Constraints['architecture'] = null;
  if (architecture === 'clean') normalised = { preset: 'clean', layers: CLEAN_LAYERS };
  else if (architecture && typeof architecture === 'object') {
    const custom: Record<string, LayerDefinition> = {};
    for (const [name, layer] of Object.entries(architecture.layers ?? {})) {
      custom[name] = { paths: layer.paths, mayImport: layer['may-import'] ?? [] };
    }
    const layers = architecture.preset === 'clean' ? { ...CLEAN_LAYERS, ...custom } : custom;
    if (Object.keys(layers).length === 0) {
      throw new ConfigurationError('`architecture` needs `preset: clean` or at least one entry in `layers`.', {
        position: { file, ...locate([...path, 'architecture']) },
      });
    }
    for (const [name, layer] of Object.entries(layers)) {
      for (const target of layer.mayImport) {
        if (!(target in layers)) {
          throw new ConfigurationError(`Layer \`${name}\` may import \`${target}\`, which is not a declared layer.`, {
            position: { file, ...locate([...path, 'architecture', 'layers', name, 'may-import']) },
            hint: `Declared layers: ${Object.keys(layers).join(', ')}.`,
          });
        }
      }
    }
    normalised = { preset: architecture.preset === 'clean' ? 'clean' : 'custom', layers };
  }
  return {
    architecture: normalised,
    database: (raw?.database as Constraints['database']) ?? null,
    orm: (raw?.orm as Constraints['orm']) ?? null,
  };
}

const stringify = (values: Record<string, string | number | boolean> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, String(value)]));

function normaliseContract(raw: RawContract): ContractConfig | false {
  if (raw === 'off') return false;
  const contract: ContractConfig = {
    collections: raw.collections ?? [],
    env: stringify(raw.env),
    globals: stringify(raw.globals),
    timeouts: {
      startMs: raw.timeouts?.start === undefined ? DEFAULT_CONTRACT_TIMEOUTS.startMs : parseDuration(raw.timeouts.start),
      requestMs: raw.timeouts?.request === undefined ? DEFAULT_CONTRACT_TIMEOUTS.requestMs : parseDuration(raw.timeouts.request),
      totalMs: raw.timeouts?.total === undefined ? DEFAULT_CONTRACT_TIMEOUTS.totalMs : parseDuration(raw.timeouts.total),
    },
  };
  if (raw.openapi) contract.openapi = raw.openapi;
  if (raw.start) contract.start = raw.start;
  if (raw.cwd) contract.cwd = raw.cwd;
  if (raw['base-url']) contract.baseUrl = raw['base-url'];
  if (raw.health) contract.health = raw.health;
  return contract;
}

export function parseFailOn(item: string): FailOnCondition {
  const [first, second] = item.split(':') as [string, string | undefined];
  if ((SEVERITIES as readonly string[]).includes(first)) return { severity: first as Severity };
  if (!(CATEGORIES as readonly string[]).includes(first)) throw new ConfigurationError(`Unknown fail-on condition \`${item}\`.`);
  return { category: first as Category, severity: (second as Severity | undefined) ?? 'warning' };
}
