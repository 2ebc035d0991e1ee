import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../core/change.js';
import type { Finding } from '../core/types.js';
import { applyAttributionScope } from './attribution-scope.js';

const finding = (file: string, line: number, endLine = line): Finding => ({
  ruleId: 'r', category: 'data-layer', severity: 'error', file, line, endLine, message: 'm', aiAuthored: false, fingerprint: `${file}:${line}`,
});
const change: ChangeSet = { base: 'a', head: 'b', files: [{ path: 'app.py', status: 'modified', addedLines: [3, 4, 5], aiAuthoredLines: [5] }] };
const findings = [finding('app.py', 1), finding('app.py', 3), finding('app.py', 5), finding('app.py', 6, 7), finding('other.py', 5)];

describe('applyAttributionScope', () => {
  it('marks findings on AI-authored lines and keeps what the scope asks for', () => {
    expect(applyAttributionScope(findings, change, 'changed').map((f) => [f.line, f.aiAuthored])).toEqual([[3, false], [5, true]]);
    expect(applyAttributionScope(findings, change, 'ai-authored').map((f) => f.line)).toEqual([5]);
    expect(applyAttributionScope(findings, change, 'all')).toHaveLength(5);
    expect(applyAttributionScope([finding('app.py', 4, 6)], change, 'ai-authored')).toHaveLength(1);
    expect(applyAttributionScope(findings, undefined, 'changed')).toEqual(findings);
  });

  it('keeps findings about the change as a whole under the changed and ai-authored scopes', () => {
    const wide = { ...finding('app/routes', 1), scope: 'change' as const };
    expect(applyAttributionScope([wide], change, 'changed')).toEqual([finding('app/routes', 1)]);
    expect(applyAttributionScope([wide], change, 'ai-authored')).toEqual([finding('app/routes', 1)]);
  });
});
