import { describe, expect, it } from 'vitest';
import { grammarForPath, parserFor } from './grammars.js';

describe('grammars', () => {
  it('parses each language', async () => {
    const python = await parserFor('python');
    expect(python.parse('import os\n')!.rootNode.type).toBe('module');
    const typescript = await parserFor('typescript');
    expect(typescript.parse('const a: number = 1;')!.rootNode.hasError).toBe(false);
    const tsx = await parserFor('tsx');
    expect(tsx.parse('const a = <div />;')!.rootNode.hasError).toBe(false);
    const javascript = await parserFor('javascript');
    expect(javascript.parse('const a = require("x");')!.rootNode.type).toBe('program');
  });

  it('maps extensions to grammars and skips declaration files', () => {
    expect(grammarForPath('a/b.py')).toBe('python');
    expect(grammarForPath('a/b.mjs')).toBe('javascript');
    expect(grammarForPath('a/b.d.ts')).toBeUndefined();
    expect(grammarForPath('a/b.tsx')).toBe('tsx');
    expect(grammarForPath('README.md')).toBeUndefined();
  });
});
