import { parseFailOn } from '../config/load-config.js';
import type { Config, FailOnCondition } from '../config/types.js';
import { ConfigurationError } from '../core/errors.js';
import type { ModeInput } from './event.js';

export interface ActionInputs {
  mode: ModeInput;
  token: string;
  workingDirectory: string;
  config?: string;
  base?: string;
  head?: string;
  scope?: Config['scope'];
  failOn?: FailOnCondition[];
  minScore?: number;
  reportPath: string;
  sarifPath: string;
  allowUntrustedCode: boolean;
  /** Parse cache folder to persist with actions/cache. */
  cacheDir?: string;
}

const MODES: readonly ModeInput[] = ['auto', 'check', 'audit', 'publish'];
const SCOPES: readonly Config['scope'][] = ['changed', 'ai-authored', 'all'];

function inputError(name: string, value: string, expected: string): ConfigurationError {
  return new ConfigurationError(`The input \`${name}\` is \`${value}\`; expected ${expected}.`, {
    hint: `Fix \`${name}:\` in the \`with:\` block of the constraint-gate step.`,
  });
}

/** The action's inputs, validated; `read` returns '' for an input that is not set (like core.getInput). */
export function readInputs(read: (name: string) => string): ActionInputs {
  const get = (name: string) => read(name).trim();
  const mode = (get('mode') || 'auto') as ModeInput;
  if (!MODES.includes(mode)) throw inputError('mode', mode, MODES.map((entry) => `\`${entry}\``).join(', '));
  const scope = get('scope');
  if (scope && !SCOPES.includes(scope as Config['scope'])) throw inputError('scope', scope, '`changed`, `ai-authored` or `all`');
  const failOnText = get('fail-on');
  let failOn: FailOnCondition[] | undefined;
  if (failOnText) {
    const items = failOnText.split(',').map((item) => item.trim()).filter(Boolean);
    failOn = items.flatMap((item) => {
      if (item === 'none') return [];
      try {
        return [parseFailOn(item)];
      } catch {
        throw inputError('fail-on', item, 'a severity (`error`, `warning`, `note`), `<category>:<severity>` or `none`');
      }
    });
  }
  const minScoreText = get('min-score');
  let minScore: number | undefined;
  if (minScoreText) {
    minScore = Number(minScoreText);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) throw inputError('min-score', minScoreText, 'a number from 0 to 100');
  }
  const allow = get('allow-untrusted-code').toLowerCase();
  if (allow && !['true', 'false'].includes(allow)) throw inputError('allow-untrusted-code', allow, '`true` or `false`');
  const optional = (name: string, key: 'config' | 'base' | 'head' | 'cacheDir') => (get(name) ? { [key]: get(name) } : {});
  return {
    mode,
    token: get('github-token'),
    workingDirectory: get('working-directory') || '.',
    ...optional('config', 'config'),
    ...optional('base', 'base'),
    ...optional('head', 'head'),
    ...optional('cache-dir', 'cacheDir'),
    ...(scope ? { scope: scope as Config['scope'] } : {}),
    ...(failOn ? { failOn } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    reportPath: get('report-path') || 'constraint-gate-report.json',
    sarifPath: get('sarif-path') || 'constraint-gate.sarif',
    allowUntrustedCode: allow === 'true',
  };
}

/** The config with the inputs that override it (scope, fail-on, min-score). */
export function applyInputOverrides(config: Config, inputs: ActionInputs): Config {
  return {
    ...config,
    ...(inputs.scope ? { scope: inputs.scope } : {}),
    gate: {
      failOn: inputs.failOn ?? config.gate.failOn,
      minScore: inputs.minScore ?? config.gate.minScore,
    },
  };
}
