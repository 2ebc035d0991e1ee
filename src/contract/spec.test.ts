import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../core/workspace.js';
import { listOperations } from './operations.js';
import { loadSpec } from './spec.js';

const SPEC = `openapi: 3.0.1
info:
  title: t
  version: '1'
servers:
  - url: https://example.com/api
paths:
  /articles/{slug}:
    parameters:
      - { name: slug, in: path, required: true, schema: { type: string } }
    get:
      responses:
        '200':
          $ref: '#/components/responses/Article'
    delete:
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string, example: how-to } }
      responses:
        '204':
          description: gone
components:
  responses:
    Article:
      description: one article
      content:
        application/json:
          schema:
            $ref: 'schemas.yml#/Article'
`;
const SCHEMAS = `Article:
  type: object
  required: [slug]
  properties:
    slug: { type: string }
`;

describe('loadSpec', () => {
  it('resolves internal and external $refs through the workspace and lists operations with their lines', async () => {
    const result = await loadSpec(memoryWorkspace({ 'api/openapi.yml': SPEC, 'api/schemas.yml': SCHEMAS }), 'api/openapi.yml');
    if (!result.ok) throw new Error(result.findings[0]!.message);
    expect(result.spec.version).toBe('3.0');
    const operations = listOperations(result.spec);
    expect(operations.map((operation) => [operation.method, operation.fullPath, operation.specLine])).toEqual([
      ['GET', '/api/articles/{slug}', 11],
      ['DELETE', '/api/articles/{slug}', 15],
    ]);
    const get = operations[0]!.definition as { responses: { '200': { content: { 'application/json': { schema: { required: string[] } } } } } };
    expect(get.responses['200'].content['application/json'].schema.required).toEqual(['slug']);
    // The operation's own parameter wins over the path-level one with the same name.
    expect(operations[1]!.parameters).toHaveLength(1);
    expect((operations[1]!.parameters[0]!.schema as { example?: string }).example).toBe('how-to');
  });

  it('reads JSON documents and OpenAPI 3.1', async () => {
    const json = JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/ping': { get: { responses: { '200': { description: 'ok' } } } } } }, null, 2);
    const result = await loadSpec(memoryWorkspace({ 'openapi.json': json }), 'openapi.json');
    if (!result.ok) throw new Error(result.findings[0]!.message);
    expect(result.spec.version).toBe('3.1');
    expect(listOperations(result.spec)[0]).toMatchObject({ method: 'GET', fullPath: '/ping', specLine: 9 });
  });

  it('turns a missing external file into a finding on the $ref line', async () => {
    const result = await loadSpec(memoryWorkspace({ 'api/openapi.yml': SPEC }), 'api/openapi.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings[0]).toMatchObject({ ruleId: 'contract/spec-invalid', file: 'api/openapi.yml', line: 28, category: 'contract', severity: 'error' });
  });

  it('turns a YAML syntax error into a finding on its line', async () => {
    const result = await loadSpec(memoryWorkspace({ 'openapi.yml': 'openapi: 3.0.0\npaths:\n  /x:\n   get: [\n' }), 'openapi.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]!.message).toMatch(/cannot be parsed/);
  });

  it('refuses Swagger 2.0 and missing files with a sentence, not a crash', async () => {
    const swagger = await loadSpec(memoryWorkspace({ 'swagger.yml': "swagger: '2.0'\npaths: {}\n" }), 'swagger.yml');
    expect(swagger.ok ? '' : swagger.findings[0]!.message).toMatch(/not OpenAPI 3\.0 or 3\.1/);
    const missing = await loadSpec(memoryWorkspace({}), 'openapi.yml');
    expect(missing.ok ? '' : missing.findings[0]!.message).toMatch(/does not exist/);
  });
});
