import { readConfig } from '../../io/config-file.js';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { closest } from '../../config/schema-errors.js';
import { UsageError } from '../../core/errors.js';
import { builtinRulesWorkspace } from '../../rules/builtin-rules.js';
import { loadRuleSet, type RuleSet } from '../../rules/load-rules.js';
import type { Rule } from '../../rules/types.js';
import { EXIT, type Command } from '../command.js';
import { configOption, repoOption, stringValue } from '../options.js';

function ruleList(rules: readonly Rule[]): string {
  if (rules.length === 0) return 'No rules loaded.\n';
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const width = Math.max(...sorted.map((rule) => rule.id.length));
  const lines = sorted.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.category.padEnd(12)}  ${rule.title}`);
  return `${lines.join('\n')}\n\n${sorted.length} rules. \`constraint-gate rules <id>\` explains one.\n`;
}

function ruleDetails(rule: Rule): string {
  const lines = [
    `${rule.id}: ${rule.title}`,
    '',
    `category:  ${rule.category}`,
    `severity:  ${rule.severity}`,
    `languages: ${rule.languages.join(', ')}`,
    ...(rule.frameworks.length ? [`frameworks: ${rule.frameworks.join(', ')}`] : []),
    ...(rule.orms.length ? [`ORMs:      ${rule.orms.join(', ')}`] : []),
    `kind:      ${rule.check ? `semantic check \`${rule.check}\`` : 'tree-sitter query'}`,
    `source:    ${rule.source}`,
    '',
    'Why it matters',
    indent(rule.why),
    '',
    'Fix',
    indent(rule.fix),
  ];
  return `${lines.join('\n')}\n`;
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
    .join('\n');

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the rules (built-in and custom), or explain one: why it matters and how to fix it.',
  usage: 'rules [<id>] [--repo <dir>] [--config <file>] [--format text|json]',
  options: {
    ...repoOption,
    ...configOption,
    format: { type: 'string', valueName: 'text|json', description: 'Output format (default: text).' },
  },
  positionals: [{ name: 'id', description: 'A rule id, e.g. orm/raw-driver-access.' }],
  async run(invocation) {
    const format = stringValue(invocation, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`\`rules\` prints text or json, not \`${format}\`.`);
    if (invocation.positionals.length > 1) throw new UsageError(`Unexpected arguments: ${invocation.positionals.slice(1).join(' ')}`);
    const repo = stringValue(invocation, 'repo') ?? invocation.io.cwd;
    const configFile = stringValue(invocation, 'config');
    const config = readConfig(repo, configFile);
    const ruleSet: RuleSet = await loadRuleSet(
      { builtin: builtinRulesWorkspace(), ...(config.rules.paths.length ? { workspace: fsWorkspace(repo) } : {}), config },
      invocation.logger,
    );
    const id = invocation.positionals[0];
    const rules = id ? ruleSet.rules.filter((rule) => rule.id === id) : ruleSet.rules;
    if (id && rules.length === 0) {
      const suggestion = closest(id, ruleSet.rules.map((rule) => rule.id));
      throw new UsageError(`No rule has the id \`${id}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} \`constraint-gate rules\` lists them.`);
    }
    if (format === 'json') {
      const plain = rules.map(({ id: ruleId, title, category, severity, languages, frameworks, orms, why, fix, source, check }) => ({
        id: ruleId, title, category, severity, languages, frameworks, orms, kind: check ? 'check' : 'query', why, fix, source,
      }));
      invocation.io.stdout(`${JSON.stringify(id ? plain[0] : plain, null, 2)}\n`);
    } else {
      invocation.io.stdout(id ? ruleDetails(rules[0]!) : ruleList(rules));
    }
    return EXIT.passed;
  },
};
