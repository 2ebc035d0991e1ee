import { CATEGORIES, FRAMEWORKS, ORMS, SEVERITIES } from '../core/types.js';

/**
 * JSON Schema of one rule file (`rules/<pack>/<name>.yml`). The source of truth:
 * `schemas/rule.schema.json` is generated from it (`npm run schemas`) and a test keeps them equal.
 */

export const RULE_LANGUAGES = ['python', 'javascript', 'typescript'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

export const RULE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$';

const nonEmpty = { type: 'string', minLength: 1 } as const;
const globList = { type: 'array', items: nonEmpty } as const;

const relation = {
  type: 'string',
  minLength: 1,
  description: 'A tree-sitter query; see docs/rules.md for what `inside`/`has` mean.',
} as const;

const match = {
  type: 'object',
  additionalProperties: false,
  required: ['query'],
  description: 'A tree-sitter query; the capture `@match` is the reported node.',
  properties: {
    query: { ...nonEmpty, description: 'Tree-sitter query with a `@match` capture; predicates `#eq?`, `#not-eq?`, `#match?`, `#not-match?`, `#any-of?`.' },
    inside: { ...relation, description: 'Keep a match only when a node captured `@scope` by this query encloses `@match`.' },
    'not-inside': { ...relation, description: 'Drop a match when a node captured `@scope` by this query encloses `@match`.' },
    has: { ...relation, description: 'Keep a match only when this query matches within the `@match` node.' },
    'not-has': { ...relation, description: 'Drop a match when this query matches within the `@match` node.' },
  },
} as const;

export const ruleSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://constraint-gate.dev/schemas/rule.schema.json',
  title: 'constraint-gate rule (rules/<pack>/<name>.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'category', 'severity', 'languages', 'message', 'why', 'fix'],
  properties: {
    id: { type: 'string', pattern: RULE_ID_PATTERN, description: '`<pack>/<defect>`, kebab-case; names the defect, not the remedy. Must equal the file path under the rules folder.' },
    title: { ...nonEmpty, description: 'One line naming the defect.' },
    category: { type: 'string', enum: [...CATEGORIES] },
    severity: { type: 'string', enum: [...SEVERITIES] },
    languages: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...RULE_LANGUAGES] } },
    frameworks: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...FRAMEWORKS] }, description: 'Only in projects on one of these frameworks (default: any).' },
    orms: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...ORMS] }, description: 'Only in projects using one of these data layers (default: any).' },
    message: { ...nonEmpty, description: 'Shown on the finding; `{{name}}` is replaced by the text of the capture `@name`.' },
    why: { ...nonEmpty, description: 'One paragraph: why the defect is harmful.' },
    fix: { ...nonEmpty, description: 'What to write instead, with a short example.' },
    paths: {
      type: 'object',
      additionalProperties: false,
      description: 'Repository-relative globs limiting where the rule runs.',
      properties: { include: globList, exclude: globList },
    },
    match,
    check: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Name of a semantic check implemented in src/rules/checks/.' },
    params: { type: 'object', description: 'Parameters passed to the semantic check.' },
  },
  oneOf: [{ required: ['match'] }, { required: ['check'] }],
} as const;

/** A rule file as validated by the schema. */
export interface RuleFile {
  id: string;
  title: string;
  category: (typeof CATEGORIES)[number];
  severity: (typeof SEVERITIES)[number];
  languages: RuleLanguage[];
  frameworks?: (typeof FRAMEWORKS)[number][];
  orms?: (typeof ORMS)[number][];
  message: string;
  why: string;
  fix: string;
  paths?: { include?: string[]; exclude?: string[] };
  match?: { query: string; inside?: string; 'not-inside'?: string; has?: string; 'not-has'?: string };
  check?: string;
  params?: Record<string, unknown>;
}
