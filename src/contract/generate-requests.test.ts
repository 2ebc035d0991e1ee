import { describe, expect, it } from 'vitest';
import { generateRequest, sampleOf } from './generate-requests.js';
import type { SpecOperation } from './operations.js';

describe('generateRequest', () => {
  it('fills path and required query parameters, builds a body and adds the collection auth', () => {
    const operation: SpecOperation = {
      method: 'POST', path: '/articles/{slug}/comments', fullPath: '/articles/{slug}/comments', specLine: 1,
      parameters: [
        { name: 'slug', in: 'path', required: true, schema: { type: 'string', example: 'how-to' } },
        { name: 'limit', in: 'query', required: true, schema: { type: 'integer', minimum: 5 } },
        { name: 'offset', in: 'query', schema: { type: 'integer' } },
      ],
      definition: { requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['comment'], properties: { comment: { type: 'object', required: ['body'], properties: { body: { type: 'string', example: 'hi' } } } } } } } } },
    };
    const request = generateRequest(operation, { baseUrl: 'http://127.0.0.1:3000/', codePrefix: '/api', authorization: 'Token t' });
    expect(request).toEqual({
      operationLabel: 'POST /articles/{slug}/comments', method: 'POST',
      url: 'http://127.0.0.1:3000/api/articles/how-to/comments?limit=5',
      headers: { accept: 'application/json', authorization: 'Token t', 'content-type': 'application/json' },
      body: '{"comment":{"body":"hi"}}',
    });
  });

  it('sends no auth to an operation that declares none', () => {
    const operation: SpecOperation = { method: 'GET', path: '/tags', fullPath: '/tags', specLine: 1, parameters: [], definition: { security: [] } };
    expect(generateRequest(operation, { baseUrl: 'http://h', codePrefix: '', authorization: 'Token t' }).headers.authorization).toBeUndefined();
  });
});

describe('sampleOf', () => {
  it('builds a minimal instance: enums, formats, allOf, arrays', () => {
    expect(sampleOf({ type: 'string', enum: ['b', 'c'] })).toBe('b');
    expect(sampleOf({ type: 'string', format: 'email' })).toMatch(/@example\.com$/);
    expect(sampleOf({ allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'integer' } } }, { type: 'object', required: ['b'], properties: { b: { type: 'boolean' } } }] })).toEqual({ a: 1, b: true });
    expect(sampleOf({ type: 'array', items: { type: 'string' } })).toEqual([]);
    expect(sampleOf({ type: ['null', 'integer'] })).toBe(1);
  });
});
