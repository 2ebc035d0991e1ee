import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../core/workspace.js';
import { authorizationTemplate, loadCollection, resolveTemplate } from './collection.js';

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

describe('loadCollection', () => {
  it('accepts a v2.1 collection', () => {
    const result = loadCollection(memoryWorkspace({ 'c.json': JSON.stringify({ info: { name: 'c', schema: V21 }, item: [] }) }), 'c.json');
    expect(result.ok).toBe(true);
  });

  it('points at the line of a JSON error', () => {
    const result = loadCollection(memoryWorkspace({ 'c.json': '{\n  "info": {},\n  "item": [}\n' }), 'c.json');
    expect(result.ok ? undefined : result.finding).toMatchObject({ ruleId: 'contract/collection-invalid', line: 3 });
  });

  it('refuses v1 collections and things that are not collections', () => {
    const v1 = loadCollection(memoryWorkspace({ 'c.json': JSON.stringify({ info: { schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] }) }), 'c.json');
    expect(v1.ok ? '' : v1.finding.message).toMatch(/unsupported format/);
    const other = loadCollection(memoryWorkspace({ 'c.json': '[]' }), 'c.json');
    expect(other.ok ? '' : other.finding.message).toMatch(/not a Postman collection/);
  });
});

describe('authorizationTemplate', () => {
  it('finds a header template nested in folders, or a bearer auth', () => {
    const headerStyle = { item: [{ item: [{ request: { header: [{ key: 'Authorization', value: 'Token {{token}}' }] } }] }] };
    expect(authorizationTemplate(headerStyle)).toBe('Token {{token}}');
    const bearer = { auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{jwt}}' }] }, item: [] };
    expect(authorizationTemplate(bearer)).toBe('Bearer {{jwt}}');
    expect(authorizationTemplate({ item: [{ request: { header: [{ key: 'Accept', value: 'x' }] } }] })).toBeUndefined();
  });

  it('resolves only when every variable is known', () => {
    expect(resolveTemplate('Token {{token}}', { token: 'abc' })).toBe('Token abc');
    expect(resolveTemplate('Token {{token}}', {})).toBeUndefined();
  });
});
