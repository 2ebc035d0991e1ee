import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { FileFacts, ImportFact } from '../facts.js';

async function importsOf(path: string, text: string): Promise<ImportFact[]> {
  const outcome = await parseFileToFacts(path, text);
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.facts.imports;
}

async function factsOf(path: string, text: string): Promise<FileFacts> {
  const outcome = await parseFileToFacts(path, text);
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.facts;
}

describe('Python imports', () => {
  it('reads plain, aliased, relative, package-relative and star imports', async () => {
    const imports = await importsOf(
      'app/api.py',
      [
        'import os',
        'import a.b as c, d.e',
        'from ..x import y as z, w',
        'from . import m',
        'from sqlalchemy.orm import *',
        'from .models import (',
        '    User,',
        '    Item as I,',
        ')',
        'from __future__ import annotations',
      ].join('\n'),
    );
    expect(imports).toEqual([
      { specifier: 'os', names: [], locals: ['os'], line: 1, kind: 'python', level: 0 },
      { specifier: 'a.b', names: [], locals: ['c'], line: 2, kind: 'python', level: 0 },
      { specifier: 'd.e', names: [], locals: ['d'], line: 2, kind: 'python', level: 0 },
      { specifier: '..x', names: ['y', 'w'], locals: ['z', 'w'], line: 3, kind: 'python', level: 2 },
      { specifier: '.', names: ['m'], locals: ['m'], line: 4, kind: 'python', level: 1 },
      { specifier: 'sqlalchemy.orm', names: ['*'], locals: [], line: 5, kind: 'python', level: 0 },
      { specifier: '.models', names: ['User', 'Item'], locals: ['User', 'I'], line: 6, kind: 'python', level: 1 },
    ]);
  });

  it('finds imports inside functions and try blocks but not in strings', async () => {
    const imports = await importsOf(
      'app/lazy.py',
      [
        'def handler():',
        '    import json',
        '    from .db import session',
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    json = None',
        'DOC = """',
        'import not_an_import',
        '"""',
      ].join('\n'),
    );
    expect(imports.map((fact) => [fact.specifier, fact.line])).toEqual([
      ['json', 2],
      ['.db', 3],
      ['ujson', 5],
    ]);
  });
});

describe('JavaScript and TypeScript imports', () => {
  it('reads ESM default, named, namespace, type-only and side-effect imports', async () => {
    const imports = await importsOf(
      'src/app.ts',
      [
        "import express, { Router as R, type Request } from 'express';",
        "import * as db from './db';",
        "import type { User } from './models/user';",
        "import { type Order, type Line } from './models/order';",
        "import './polyfills';",
        "import fs = require('fs');",
      ].join('\n'),
    );
    expect(imports).toEqual([
      { specifier: 'express', names: ['default', 'Router', 'Request'], locals: ['express', 'R', 'Request'], line: 1, kind: 'esm' },
      { specifier: './db', names: ['*'], locals: ['db'], line: 2, kind: 'esm' },
      { specifier: './models/user', names: ['User'], locals: ['User'], line: 3, kind: 'esm', typeOnly: true },
      { specifier: './models/order', names: ['Order', 'Line'], locals: ['Order', 'Line'], line: 4, kind: 'esm', typeOnly: true },
      { specifier: './polyfills', names: [], locals: [], line: 5, kind: 'esm' },
      { specifier: 'fs', names: [], locals: ['fs'], line: 6, kind: 'require' },
    ]);
  });

  it('tells type-only markers from bindings named `type`', async () => {
    const imports = await importsOf(
      'src/types.ts',
      [
        "import type from './default-named-type';",
        "import type, { a } from './both';",
        "import { type } from './named-type';",
        "import { type as kind, type T } from './mixed';",
        "import typeof Flow from './flow';",
      ].join('\n'),
    );
    expect(imports.map((fact) => [fact.specifier, fact.locals, fact.typeOnly ?? false])).toEqual([
      ['./default-named-type', ['type'], false],
      ['./both', ['type', 'a'], false],
      ['./named-type', ['type'], false],
      ['./mixed', ['kind', 'T'], false],
      ['./flow', ['Flow'], true],
    ]);
  });

  it('reads re-exports', async () => {
    const imports = await importsOf(
      'src/index.ts',
      ["export { a as b, c } from './a';", "export * from './b';", "export * as ns from './c';", "export type { T } from './t';"].join('\n'),
    );
    expect(imports).toEqual([
      { specifier: './a', names: ['a', 'c'], locals: [], line: 1, kind: 'export-from' },
      { specifier: './b', names: ['*'], locals: [], line: 2, kind: 'export-from' },
      { specifier: './c', names: ['*'], locals: [], line: 3, kind: 'export-from' },
      { specifier: './t', names: ['T'], locals: [], line: 4, kind: 'export-from', typeOnly: true },
    ]);
  });

  it('reads require() with literals anywhere, with destructuring, and dynamic import()', async () => {
    const imports = await importsOf(
      'src/server.js',
      [
        "const express = require('express');",
        "const { Sequelize, DataTypes: T } = require(`sequelize`);",
        "const Pool = require('pg').Pool;",
        'function lazy() {',
        "  return require('./lazy');",
        '}',
        'async function load() {',
        "  const { handler } = await import('./handlers/users.js');",
        '}',
        "const notLiteral = require(name); // require('in-comment')",
        "const s = \"require('in-string')\";",
      ].join('\n'),
    );
    expect(imports).toEqual([
      { specifier: 'express', names: [], locals: ['express'], line: 1, kind: 'require' },
      { specifier: 'sequelize', names: ['Sequelize', 'DataTypes'], locals: ['Sequelize', 'T'], line: 2, kind: 'require' },
      { specifier: 'pg', names: ['Pool'], locals: ['Pool'], line: 3, kind: 'require' },
      { specifier: './lazy', names: [], locals: [], line: 5, kind: 'require' },
      { specifier: './handlers/users.js', names: ['handler'], locals: ['handler'], line: 8, kind: 'dynamic' },
    ]);
  });

  it('parses TSX with the tsx grammar', async () => {
    const facts = await factsOf('web/App.tsx', "import React from 'react';\nexport const App = () => <div />;\n");
    expect(facts.grammar).toBe('tsx');
    expect(facts.imports[0]?.specifier).toBe('react');
    expect(facts.syntaxErrors).toEqual([]);
  });
});
