import { describe, expect, it } from 'vitest';
import type { SpecOperation } from './operations.js';
import { ResponseChecker, declaredStatusKey, fromOpenApi30 } from './response-check.js';

const json = { 'content-type': 'application/json; charset=utf-8' };
const operation = (responses: Record<string, unknown>): SpecOperation => ({
  method: 'GET', path: '/x', fullPath: '/x', specLine: 1, parameters: [], definition: { responses },
});
const withSchema = (schema: Record<string, unknown>) => operation({ '200': { description: 'ok', content: { 'application/json': { schema } } }, '404': { description: 'missing' } });

describe('ResponseChecker', () => {
  const checker = new ResponseChecker('3.0');

  it('accepts a declared status with a body matching the schema', () => {
    const op = withSchema({ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, email: { type: 'string', format: 'email' } } });
    expect(checker.check(op, { status: 200, headers: json, body: '{"id": 1, "email": "a@b.co"}' })).toEqual({ ok: true, violations: [] });
  });

  it('names an undeclared status and the declared ones', () => {
    const verdict = checker.check(withSchema({ type: 'object' }), { status: 500, headers: {}, body: 'boom' });
    expect(verdict.ok).toBe(false);
    expect(verdict.violations[0]).toBe('status 500 is not declared (declared: 200, 404)');
  });

  it('names a missing required property and a wrong format', () => {
    const op = withSchema({ type: 'object', required: ['id', 'email'], properties: { id: { type: 'integer' }, email: { type: 'string', format: 'email' } } });
    expect(checker.check(op, { status: 200, headers: json, body: '{"id": 1}' }).violations).toEqual(["body must have required property 'email'"]);
    expect(checker.check(op, { status: 200, headers: json, body: '{"id": 1, "email": "nope"}' }).violations).toEqual(['body/email must match format "email"']);
  });

  it('rejects an undeclared content type and a body that is not JSON', () => {
    const op = withSchema({ type: 'object' });
    expect(checker.check(op, { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>' }).violations[0]).toMatch(/content type `text\/html` is not declared/);
    expect(checker.check(op, { status: 200, headers: json, body: '{oops' }).violations[0]).toMatch(/not valid JSON/);
  });

  it('treats OpenAPI 3.0 nullable as allowing null, and only then', () => {
    const op = withSchema({ type: 'object', properties: { bio: { type: 'string', nullable: true }, image: { type: 'string' } } });
    expect(checker.check(op, { status: 200, headers: json, body: '{"bio": null}' }).ok).toBe(true);
    expect(checker.check(op, { status: 200, headers: json, body: '{"image": null}' }).ok).toBe(false);
  });

  it('reads OpenAPI 3.1 schemas as JSON Schema 2020-12', () => {
    const op = withSchema({ type: 'object', properties: { due: { type: ['string', 'null'], format: 'date' }, status: { const: 'ok' } } });
    const checker31 = new ResponseChecker('3.1');
    expect(checker31.check(op, { status: 200, headers: json, body: '{"due": null, "status": "ok"}' }).ok).toBe(true);
    expect(checker31.check(op, { status: 200, headers: json, body: '{"status": "down"}' }).ok).toBe(false);
  });

  it('does not check bodies the declaration has no schema for', () => {
    expect(checker.check(withSchema({ type: 'object' }), { status: 404, headers: { 'content-type': 'text/html' }, body: 'gone' }).ok).toBe(true);
  });
});

describe('declaredStatusKey', () => {
  it('prefers the exact status, then the range, then default', () => {
    expect(declaredStatusKey(['200', '2XX', 'default'], 200)).toBe('200');
    expect(declaredStatusKey(['2XX', 'default'], 201)).toBe('2XX');
    expect(declaredStatusKey(['default'], 418)).toBe('default');
    expect(declaredStatusKey(['200'], 201)).toBeUndefined();
  });
});

describe('fromOpenApi30', () => {
  it('wraps a nullable schema without a type and converts boolean exclusive bounds', () => {
    expect(fromOpenApi30({ nullable: true, allOf: [{ type: 'string' }] })).toEqual({ anyOf: [{ allOf: [{ type: 'string' }] }, { type: 'null' }] });
    expect(fromOpenApi30({ type: 'integer', minimum: 0, exclusiveMinimum: true })).toEqual({ type: 'integer', exclusiveMinimum: 0 });
    expect(fromOpenApi30({ type: 'string', enum: ['a'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
  });

  it('keeps a property literally named `example`', () => {
    expect(fromOpenApi30({ type: 'object', properties: { example: { type: 'string' } }, example: {} })).toEqual({ type: 'object', properties: { example: { type: 'string' } } });
  });
});
