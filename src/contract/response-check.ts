/**
 * One question per response: does it match what the OpenAPI operation declares? Status declared,
 * content type declared, body valid against the response schema (ajv + ajv-formats; OpenAPI 3.0
 * `nullable` and boolean `exclusiveMinimum` translated to JSON Schema first).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { SpecOperation } from './operations.js';
import { isRecord } from './spec.js';

type FormatsPlugin = (ajv: Ajv | Ajv2020) => unknown;
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as unknown as FormatsPlugin;

export interface ObservedResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export interface ResponseVerdict {
  ok: boolean;
  /** Each a sentence: what was expected and what came back. */
  violations: string[];
}

export class ResponseChecker {
  private readonly ajv: Ajv | Ajv2020;
  private readonly compiled = new WeakMap<object, ValidateFunction | Error>();

  constructor(private readonly version: '3.0' | '3.1') {
    const options = { strict: false, allErrors: true, validateFormats: true, logger: false as const };
    this.ajv = version === '3.1' ? new Ajv2020(options) : new Ajv(options);
    addFormats(this.ajv);
  }

  check(operation: SpecOperation, response: ObservedResponse): ResponseVerdict {
    const responses = isRecord(operation.definition.responses) ? operation.definition.responses : {};
    const declared = Object.keys(responses);
    const key = declaredStatusKey(declared, response.status);
    if (key === undefined) {
      return { ok: false, violations: [`status ${response.status} is not declared (declared: ${declared.join(', ') || 'none'})`] };
    }
    const declaration = responses[key];
    const content = isRecord(declaration) && isRecord(declaration.content) ? declaration.content : undefined;
    if (!content || Object.keys(content).length === 0 || response.body.trim() === '') return { ok: true, violations: [] };
    const actualType = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const mediaKey = Object.keys(content).find((media) => mediaMatches(media, actualType));
    if (mediaKey === undefined) {
      return { ok: false, violations: [`content type \`${actualType || '(none)'}\` is not declared for status ${key} (declared: ${Object.keys(content).join(', ')})`] };
    }
    const media = content[mediaKey];
    const schema = isRecord(media) && isRecord(media.schema) ? media.schema : undefined;
    if (!schema || !isJsonMedia(actualType)) return { ok: true, violations: [] };
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return { ok: false, violations: [`body is not valid JSON although the content type is ${actualType}`] };
    }
    const validate = this.validatorFor(schema);
    if (validate instanceof Error) return { ok: false, violations: [`the response schema for status ${key} cannot be compiled: ${validate.message}`] };
    if (validate(body)) return { ok: true, violations: [] };
    const violations = (validate.errors ?? []).slice(0, 5).map((error) => `body${error.instancePath || ''} ${error.message ?? 'is invalid'}`);
    return { ok: false, violations };
  }

  private validatorFor(schema: Record<string, unknown>): ValidateFunction | Error {
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    let result: ValidateFunction | Error;
    try {
      result = this.ajv.compile((this.version === '3.0' ? fromOpenApi30(schema) : schema) as Record<string, unknown>);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    this.compiled.set(schema, result);
    return result;
  }
}

/** Exact status first, then `4XX`-style ranges, then `default`. */
export function declaredStatusKey(declared: readonly string[], status: number): string | undefined {
  return declared.find((key) => key === String(status))
    ?? declared.find((key) => key.toUpperCase() === `${String(status)[0]}XX`)
    ?? declared.find((key) => key === 'default');
}

function mediaMatches(declared: string, actual: string): boolean {
  const wanted = declared.split(';')[0]!.trim().toLowerCase();
  if (wanted === '*/*' || wanted === actual) return true;
  if (wanted.endsWith('/*')) return actual.startsWith(wanted.slice(0, -1));
  return false;
}

function isJsonMedia(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** OpenAPI 3.0 schema objects are almost JSON Schema draft 4/7; the differences that change verdicts are fixed here. */
export function fromOpenApi30(schema: unknown, seen = new Map<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => fromOpenApi30(item, seen));
  if (!isRecord(schema)) return schema;
  const known = seen.get(schema);
  if (known) return known;
  const result: Record<string, unknown> = {};
  seen.set(schema, result);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'xml' || key === 'externalDocs' || key === 'discriminator') continue;
    if (key === 'properties' && isRecord(value)) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, fromOpenApi30(property, seen)]));
    } else {
      result[key] = fromOpenApi30(value, seen);
    }
  }
  if (typeof result.exclusiveMinimum === 'boolean') {
    if (result.exclusiveMinimum && typeof result.minimum === 'number') {
      result.exclusiveMinimum = result.minimum;
      delete result.minimum;
    } else delete result.exclusiveMinimum;
  }
  if (typeof result.exclusiveMaximum === 'boolean') {
    if (result.exclusiveMaximum && typeof result.maximum === 'number') {
      result.exclusiveMaximum = result.maximum;
      delete result.maximum;
    } else delete result.exclusiveMaximum;
  }
  if (result.nullable === true) {
    delete result.nullable;
    if (typeof result.type === 'string') {
      result.type = [result.type, 'null'];
      if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
    } else if (result.type === undefined) {
      const inner = { ...result };
      for (const key of Object.keys(result)) delete result[key];
      result.anyOf = [inner, { type: 'null' }];
    }
  } else {
    delete result.nullable;
  }
  return result;
}
