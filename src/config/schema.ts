import { CATEGORIES, DATABASES, FRAMEWORKS, ORMS, SEVERITIES } from '../core/types.js';

/**
 * JSON Schema of `.constraint-gate.yml`. The source of truth: `schemas/config.schema.json`
 * is generated from it (`npm run schemas`) for editors, and a test keeps the two equal.
 */

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const duration = {
  description: 'A duration such as `500ms`, `30s`, `10m`, or a number of seconds.',
  anyOf: [
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$' },
    { type: 'number', exclusiveMinimum: 0 },
  ],
} as const;

const layer = {
  type: 'object',
  additionalProperties: false,
  required: ['paths'],
  properties: {
    paths: { ...stringList, minItems: 1, description: 'Globs (relative to the project root) of the files in this layer.' },
    'may-import': { ...stringList, description: 'Names of the layers this layer may import. A layer may always import itself.' },
  },
} as const;

const architecture = {
  description: '`clean` for routes -> services -> repositories -> models, `none`, or a custom map of layers.',
  anyOf: [
    { type: 'string', enum: ['clean', 'none'] },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        preset: { type: 'string', enum: ['clean'] },
        layers: { type: 'object', minProperties: 1, additionalProperties: layer },
      },
    },
  ],
} as const;

const constraints = {
  type: 'object',
  additionalProperties: false,
  properties: {
    architecture,
    database: { type: 'string', enum: [...DATABASES], description: 'The database engine the code must use.' },
    orm: { type: 'string', enum: ORMS.filter((orm) => orm !== 'raw-driver'), description: 'The ORM or query layer the code must use for data access.' },
  },
} as const;

const contract = {
  description: 'The API contract of the project, or `off`.',
  anyOf: [
    { type: 'string', enum: ['off'] },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        openapi: { type: 'string', minLength: 1, description: 'OpenAPI 3.0/3.1 document (YAML or JSON).' },
        collections: { ...stringList, description: 'Postman v2.1 collections run against the started app.' },
        start: { type: 'string', minLength: 1, description: 'Command that starts the server in the foreground.' },
        cwd: { type: 'string', minLength: 1 },
        env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        'base-url': { type: 'string', minLength: 1 },
        health: { type: 'string', minLength: 1, description: 'Path or URL polled until it answers 2xx.' },
        globals: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        timeouts: {
          type: 'object',
          additionalProperties: false,
          properties: { start: duration, request: duration, total: duration },
        },
      },
    },
  ],
} as const;

const rules = {
  type: 'object',
  additionalProperties: false,
  properties: {
    disable: { ...stringList, description: 'Rule ids that do not run.' },
    severity: {
      type: 'object',
      description: 'Severity overrides by rule id.',
      additionalProperties: { type: 'string', enum: [...SEVERITIES] },
    },
    paths: { ...stringList, description: 'Folders of custom rule files, loaded like the built-in packs.' },
  },
} as const;

const failOnItem = {
  type: 'string',
  description: 'A severity (`error`), a category (`data-layer`), or both (`data-layer:warning`).',
  pattern: `^((${CATEGORIES.join('|')})(:(${SEVERITIES.join('|')}))?|(${SEVERITIES.join('|')}))$`,
} as const;

const projectOverride = {
  type: 'object',
  additionalProperties: false,
  required: ['root'],
  properties: {
    root: { type: 'string', minLength: 1, description: 'The app root, relative to the repository.' },
    framework: { type: 'string', enum: [...FRAMEWORKS], description: 'Overrides detection.' },
    constraints,
    contract,
    paths: {
      type: 'object',
      additionalProperties: false,
      properties: { include: stringList, exclude: stringList },
    },
  },
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://constraint-gate.dev/schemas/config.schema.json',
  title: 'constraint-gate configuration (.constraint-gate.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    constraints,
    projects: { type: 'array', items: projectOverride },
    paths: {
      type: 'object',
      additionalProperties: false,
      properties: {
        include: { ...stringList, description: 'Globs of the files to analyse (default: everything).' },
        exclude: { ...stringList, description: 'Globs of files never analysed.' },
      },
    },
    rules,
    baseline: { type: 'string', minLength: 1, description: 'Baseline file of known findings.' },
    contract,
    ai: {
      type: 'object',
      additionalProperties: false,
      properties: {
        authors: { ...stringList, description: 'Author or committer names/emails (regular expressions) of coding agents.' },
        trailers: { ...stringList, description: 'Commit trailer patterns (regular expressions) that mark AI-authored commits.' },
        labels: { ...stringList, description: 'PR labels that mark the whole PR as AI-authored.' },
        branches: { ...stringList, description: 'Branch-name prefixes that mark the whole PR as AI-authored.' },
      },
    },
    scope: { type: 'string', enum: ['ai-authored', 'changed', 'all'] },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'fail-on': { type: 'array', items: failOnItem },
        'min-score': { type: 'number', minimum: 0, maximum: 100 },
      },
    },
    cache: { type: 'string', minLength: 1, description: 'Folder of the parse cache kept across runs.' },
  },
} as const;
