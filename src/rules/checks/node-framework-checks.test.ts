import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';
import type { Rule } from '../types.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
});

/**
 * The Express rule is parked outside rules/ until the source model carries the installed Express
 * version (Express 5 forwards rejections itself); its check is exercised through a rule made here.
 */
const parked: Record<string, Rule> = {
  'express/async-handler-unhandled-rejection': {
    id: 'express/async-handler-unhandled-rejection',
    title: 'An async Express 4 handler lets a rejected await escape',
    category: 'framework',
    severity: 'warning',
    why: 'Express 4 ignores the promise a handler returns.',
    fix: 'Wrap the handler or import express-async-errors.',
    languages: ['javascript', 'typescript'],
    frameworks: [],
    orms: [],
    message: 'An async route handler awaits outside a try/catch.',
    paths: { include: [], exclude: [] },
    check: 'express-async-handler-rejection',
    params: {},
    source: 'test',
    builtin: true,
  },
};

async function lines(id: string, files: Record<string, string>): Promise<string[]> {
  // The Express check has no rule file yet (parked until project evidence carries the Express
  // major version), so the workers gather its facts only when asked by name.
  const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...rules.payload, rules: [], checks: [...rules.payload.checks, 'express-async-handler-rejection'] } });
  const selected = parked[id] ? [parked[id]] : rules.rules.filter((rule) => rule.id === id);
  expect(selected).toHaveLength(1);
  return runSemanticChecks(model, [], { ...rules, rules: selected }, defaultConfig()).map((finding) => `${finding.file}:${finding.line}`);
}

const handler = `const express = require('express');\nconst router = express.Router();\nrouter.get('/a', async (req, res) => {\n  res.json(await load());\n});\nmodule.exports = router;\n`;

describe('express/async-handler-unhandled-rejection', () => {
  it('reports an unguarded await, and nothing once the project imports express-async-errors anywhere', async () => {
    expect(await lines('express/async-handler-unhandled-rejection', { 'routes.js': handler })).toEqual(['routes.js:3']);
    expect(await lines('express/async-handler-unhandled-rejection', { 'routes.js': handler, 'server.js': `require('express-async-errors');\n` })).toEqual([]);
  });

  it('leaves out wrapped handlers, named or inline', async () => {
    const code = `const express = require('express');\nconst asyncHandler = require('express-async-handler');\nconst router = express.Router();\nconst list = asyncHandler(async (req, res) => {\n  res.json(await load());\n});\nrouter.get('/a', list);\nrouter.get('/b', asyncHandler(async (req, res) => res.json(await load())));\nmodule.exports = router;\n`;
    expect(await lines('express/async-handler-unhandled-rejection', { 'routes.js': code })).toEqual([]);
  });

  it('ignores awaits in nested functions and in guarded try blocks', async () => {
    const code = `const express = require('express');\nconst app = express();\napp.get('/b', async (req, res) => {\n  try { await a(); } catch (e) { res.status(500).end(); }\n  setTimeout(async () => { await b(); });\n});\n`;
    expect(await lines('express/async-handler-unhandled-rejection', { 'app.js': code })).toEqual([]);
  });
});

describe('node-data/missing-await', () => {
  it('needs the receiver to be a known client: a name imported from a module creating none stays quiet', async () => {
    const route = `const db = require('./db');\nfunction count() { return db.query('SELECT 1').rows; }\nmodule.exports = count;\n`;
    expect(await lines('node-data/missing-await', { 'db.js': `const { Pool } = require('pg');\nmodule.exports = new Pool();\n`, 'route.js': route })).toEqual(['route.js:2']);
    expect(await lines('node-data/missing-await', { 'db.js': `const cache = new Map();\nmodule.exports = cache;\n`, 'route.js': route })).toEqual([]);
    // mysql2 without /promise answers through callbacks; its query() returns a Query object.
    expect(await lines('node-data/missing-await', { 'db.js': `const mysql = require('mysql2');\nmodule.exports = mysql.createPool({});\n`, 'route.js': route })).toEqual([]);
  });
});
