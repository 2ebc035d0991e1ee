import { describe, expect, it } from 'vitest';
import type { Project } from '../../core/types.js';
import { expressMajor, lowestMajor } from './express-version.js';

describe('lowestMajor', () => {
  it.each([
    ['^4.19.2', 4],
    ['~4.18.0', 4],
    ['4.x', 4],
    ['4', 4],
    ['>=4.17.1 <6', 4],
    ['^5.0.0', 5],
    ['5.0.0-beta.3', 5],
    ['^4 || ^5', 4],
    ['<5', 4],
    ['<5.1', 5],
    ['npm:express@^4.21.0', 4],
    ['4.17.1 - 4.21.0', 4],
  ])('%s -> %s', (range, major) => {
    expect(lowestMajor(range)).toBe(major);
  });

  it.each(['latest', '*', 'workspace:*', 'next', '^4 || latest'])('%s says nothing about a version', (range) => {
    expect(lowestMajor(range)).toBeUndefined();
  });
});

describe('expressMajor', () => {
  const project = (evidence: Project['evidence']): Project => ({ root: '.', framework: 'express', language: 'javascript', orm: null, database: null, databases: [], candidates: [], evidence });

  it('prefers the runtime dependency over a dev dependency', () => {
    expect(
      expressMajor(
        project([
          { kind: 'manifest', subject: 'express', file: 'package.json', line: 9, detail: 'dev dependency express', version: '^5.0.0' },
          { kind: 'manifest', subject: 'express', file: 'package.json', line: 4, detail: 'dependency express', version: '^4.21.0' },
        ]),
      ),
    ).toBe(4);
  });

  it('is unknown without manifest evidence carrying a version', () => {
    expect(expressMajor(project([{ kind: 'import', subject: 'express', file: 'app.js', line: 1, detail: "require('express')" }]))).toBeUndefined();
  });
});
