import { describe, expect, it } from 'vitest';
import { checkCoverage, inferCodePrefix } from './coverage.js';
import type { SpecOperation } from './operations.js';
import type { ContractRoute } from './route.js';

const op = (method: string, path: string, specLine: number, base = '/api'): SpecOperation => ({
  method, path, fullPath: `${base}${path}`, specLine, definition: {}, parameters: [],
});
const route = (method: string, path: string, line: number, extra: Partial<ContractRoute> = {}): ContractRoute => ({
  method, path, line, partial: false, framework: 'flask', file: 'app.py', handler: { file: 'app.py', line: line + 1 }, ...extra,
});

describe('checkCoverage', () => {
  it('matches operations to routes across template syntaxes and finds nothing to say', () => {
    const result = checkCoverage('openapi.yml', [op('GET', '/articles/{slug}', 10), op('POST', '/users', 20)], [
      route('GET', '/api/articles/<slug>', 5),
      route('POST', '/api/users', 9),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.operations).toEqual({ total: 2, covered: 2, missing: 0 });
    expect(result.routeOf.get('GET /api/articles/{slug}')?.line).toBe(5);
  });

  it('reports an operation with no route on its spec line', () => {
    const result = checkCoverage('openapi.yml', [op('GET', '/tags', 30)], [route('GET', '/api/users', 3)]);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'contract/operation-not-implemented', file: 'openapi.yml', line: 30, severity: 'error' }));
    expect(result.operations.missing).toBe(1);
  });

  it('reports a method mismatch naming what the code serves', () => {
    const result = checkCoverage('openapi.yml', [op('PUT', '/user', 12)], [route('POST', '/api/user', 7)]);
    const finding = result.findings.find((candidate) => candidate.ruleId === 'contract/method-mismatch');
    expect(finding).toMatchObject({ line: 12 });
    expect(finding?.message).toContain('serves POST for that path (app.py:7) and no PUT');
  });

  it('warns about routes under the API prefix that the contract does not declare, and not about others', () => {
    const result = checkCoverage('openapi.yml', [op('GET', '/users', 4)], [
      route('GET', '/api/users', 2),
      route('DELETE', '/api/users/:id', 8, { framework: 'express' }),
      route('GET', '/admin/metrics', 12),
      route('OPTIONS', '/api/users', 14),
    ]);
    const warnings = result.findings.filter((finding) => finding.ruleId === 'contract/route-not-in-spec');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'app.py', line: 8, severity: 'warning' });
  });

  it('lines up a spec without servers with code mounted under a prefix (Conduit)', () => {
    const operations = [op('POST', '/users/login', 3, ''), op('GET', '/articles/{slug}', 9, ''), op('GET', '/tags', 15, '')];
    const routes = [route('POST', '/api/users/login', 1), route('GET', '/api/articles/:slug', 2), route('GET', '/api/tags', 3)];
    expect(inferCodePrefix(operations, routes)).toBe('/api');
    expect(checkCoverage('openapi.yml', operations, routes).findings).toEqual([]);
  });

  it('counts a route that answers every method as serving each operation on its path', () => {
    const result = checkCoverage('openapi.yml', [op('GET', '/items', 2), op('POST', '/items', 6)], [route('ANY', '/api/items/', 1, { framework: 'django' })]);
    expect(result.findings).toEqual([]);
    expect(result.operations.covered).toBe(2);
  });

  it('counts an operation served by a route with an unresolved prefix as covered', () => {
    const result = checkCoverage('openapi.yml', [op('GET', '/tags', 5)], [route('GET', '/tags', 1, { partial: true })]);
    expect(result.operations.covered).toBe(1);
  });
});
