/**
 * Requests for the operations no collection exercised, built from the spec's examples and
 * schemas: path and required query parameters filled, a JSON body from the request body's example
 * or a minimal instance of its schema, and the collection's own Authorization header when a login
 * flow in the collection produced the variables it needs.
 */
import type { SpecOperation } from './operations.js';
import { isRecord } from './spec.js';

export interface GeneratedRequest {
  operationLabel: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface GenerationContext {
  /** Origin plus any prefix the spec paths sit under in the running app: `http://127.0.0.1:5001`. */
  baseUrl: string;
  codePrefix: string;
  /** An Authorization header value already resolved from the collection's variables, when there is one. */
  authorization?: string;
}

export function generateRequest(operation: SpecOperation, context: GenerationContext): GeneratedRequest {
  let path = context.codePrefix + operation.fullPath;
  const query: string[] = [];
  for (const parameter of operation.parameters) {
    const name = String(parameter.name);
    const value = exampleOf(parameter) ?? sampleOf(parameter.schema, name);
    if (parameter.in === 'path') path = path.replace(`{${name}}`, encodeURIComponent(String(value ?? 1)));
    else if (parameter.in === 'query' && parameter.required === true) query.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value ?? ''))}`);
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  if (context.authorization && needsAuth(operation)) headers.authorization = context.authorization;
  let body: string | undefined;
  const requestBody = isRecord(operation.definition.requestBody) ? operation.definition.requestBody : undefined;
  const content = requestBody && isRecord(requestBody.content) ? requestBody.content : undefined;
  const json = content ? Object.entries(content).find(([media]) => media.includes('json')) : undefined;
  if (json && isRecord(json[1])) {
    const media = json[1];
    const value = media.example ?? firstExample(media.examples) ?? sampleOf(media.schema, 'body');
    body = JSON.stringify(value ?? {});
    headers['content-type'] = 'application/json';
  }
  const url = `${context.baseUrl.replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { operationLabel: `${operation.method} ${operation.fullPath}`, method: operation.method, url, headers, ...(body !== undefined ? { body } : {}) };
}

function needsAuth(operation: SpecOperation): boolean {
  const security = operation.definition.security;
  // An explicit empty list means "no auth"; absent means the document default, which is harmless to satisfy.
  return !(Array.isArray(security) && security.length === 0);
}

function exampleOf(holder: Record<string, unknown>): unknown {
  if (holder.example !== undefined) return holder.example;
  return firstExample(holder.examples);
}

function firstExample(examples: unknown): unknown {
  if (!isRecord(examples)) return undefined;
  const first = Object.values(examples)[0];
  return isRecord(first) ? first.value : undefined;
}

/** A small valid-looking instance of a schema: examples, defaults and enums first, then required properties only. */
export function sampleOf(schema: unknown, name = '', depth = 0): unknown {
  if (!isRecord(schema) || depth > 8) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      if (key !== 'allOf') return sampleOf(options[0], name, depth + 1);
      return Object.assign({}, ...options.map((option) => sampleOf(option, name, depth + 1)).filter(isRecord));
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.find((entry) => entry !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
      return Object.fromEntries(required.map((key) => [key, sampleOf(properties[key], key, depth + 1) ?? null]));
    }
    case 'array':
      return schema.minItems ? [sampleOf(schema.items, name, depth + 1)] : [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
      return sampleString(schema, name);
    default:
      return isRecord(schema.properties) ? sampleOf({ ...schema, type: 'object' }, name, depth + 1) : undefined;
  }
}

function sampleString(schema: Record<string, unknown>, name: string): string {
  const unique = Date.now().toString(36);
  switch (schema.format) {
    case 'email':
      return `gate-${unique}@example.com`;
    case 'date-time':
      return new Date(0).toISOString();
    case 'date':
      return '1970-01-01';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'uri':
    case 'url':
      return 'https://example.com/';
  }
  const base = /pass/i.test(name) ? `Secret-${unique}-1` : `${name || 'value'}-${unique}`;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  return base.padEnd(minLength, 'x');
}
