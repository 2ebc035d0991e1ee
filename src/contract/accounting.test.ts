import { describe, expect, it } from 'vitest';
import { accountExchanges, logExcerpt, matchOperation, pathOf, totals } from './accounting.js';
import type { Exchange } from './exchange.js';
import type { SpecOperation } from './operations.js';
import { ResponseChecker } from './response-check.js';

const op = (method: string, fullPath: string, schema?: Record<string, unknown>): SpecOperation => ({
  method, path: fullPath, fullPath, specLine: 1, parameters: [],
  definition: { responses: { '200': { description: 'ok', ...(schema ? { content: { 'application/json': { schema } } } : {}) } } },
});
const operations = [op('GET', '/articles/{slug}', { type: 'object', required: ['article'] }), op('GET', '/articles/feed'), op('POST', '/users')];
const exchange = (overrides: Partial<Exchange>): Exchange => ({
  source: 'collection', name: 'req', method: 'GET', url: 'http://h/api/articles/x', secretsSent: [], assertions: [], ...overrides,
});

describe('matchOperation', () => {
  it('picks the most literal template and tolerates a prefix the spec does not know', () => {
    expect(matchOperation(operations, { method: 'GET', url: 'http://h/articles/feed?limit=1' }, '')?.fullPath).toBe('/articles/feed');
    expect(matchOperation(operations, { method: 'GET', url: 'http://h/articles/how-to' }, '')?.fullPath).toBe('/articles/{slug}');
    expect(matchOperation(operations, { method: 'GET', url: 'http://h/api/articles/how-to' }, '')?.fullPath).toBe('/articles/{slug}');
    expect(matchOperation(operations, { method: 'DELETE', url: 'http://h/articles/x' }, '')).toBeUndefined();
  });

  it('takes the path of a URL', () => {
    expect(pathOf('http://127.0.0.1:3000/api/x?y=1')).toBe('/api/x');
    expect(pathOf('/plain')).toBe('/plain');
  });
});

describe('accountExchanges', () => {
  const checker = new ResponseChecker('3.0');

  it('counts each pm.test and one schema check per response, and keeps the first failure', () => {
    const results = accountExchanges({
      operations, checker, codePrefix: '/api', secrets: [], logLines: ['a', 'b', 'Traceback', 'KeyError', 'c'],
      exchanges: [
        exchange({ assertions: [{ name: 'status is 200', passed: true }], response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"article": {}}' }, logRange: [0, 1] }),
        exchange({ name: 'second', assertions: [{ name: 'has title', passed: false, message: 'expected undefined to be a string' }], response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }, logRange: [2, 4] }),
      ],
    });
    const article = results.find((result) => result.path === '/articles/{slug}')!;
    expect(article).toMatchObject({ requests: 2, assertions: { passed: 2, failed: 2 }, schemaViolations: 1 });
    expect(article.firstFailure).toEqual({
      request: 'second: GET http://h/api/articles/x',
      expected: 'has title (expected undefined to be a string)',
      actual: 'status 200 (application/json), body {}',
      log: ['a', 'b', 'Traceback', 'KeyError', 'c'],
    });
    expect(totals(results)).toEqual({ passed: 2, failed: 2, total: 4, passRate: 50 });
  });

  it('counts a request that got no response as a failed check', () => {
    const [result] = accountExchanges({ operations: [op('POST', '/users')], checker, codePrefix: '', secrets: [], logLines: [], exchanges: [exchange({ method: 'POST', url: 'http://h/users', error: 'connect ECONNREFUSED' })] });
    expect(result).toMatchObject({ assertions: { passed: 0, failed: 1 }, firstFailure: { actual: 'no response: connect ECONNREFUSED' } });
  });

  it('masks secrets and Authorization values in everything it reports', () => {
    const [result] = accountExchanges({
      operations: [op('POST', '/users', { type: 'object', required: ['user'] })], checker, codePrefix: '', secrets: ['s3cr3t-db-password'], logLines: ['connecting with s3cr3t-db-password'],
      exchanges: [exchange({
        method: 'POST', url: 'http://h/users', secretsSent: ['Token abc123def456'], logRange: [0, 1],
        response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"token": "abc123def456", "note": "s3cr3t-db-password"}' },
      })],
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('abc123def456');
    expect(text).not.toContain('s3cr3t-db-password');
    expect(text).toContain('***');
  });

  it('reports operations nothing exercised with zero requests, and A% null when nothing ran', () => {
    const results = accountExchanges({ operations, checker, codePrefix: '', secrets: [], logLines: [], exchanges: [] });
    expect(results.every((result) => result.requests === 0)).toBe(true);
    expect(totals(results).passRate).toBeNull();
  });
});

describe('logExcerpt', () => {
  it('keeps the head and the tail of a long log', () => {
    const lines = Array.from({ length: 100 }, (_, index) => `line ${index}`);
    const excerpt = logExcerpt(lines, [10, 90], 2, 10);
    expect(excerpt).toHaveLength(10);
    expect(excerpt[0]).toBe('line 8');
    expect(excerpt.at(-1)).toBe('line 89');
  });
});
