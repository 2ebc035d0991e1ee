/** The operations of a loaded OpenAPI document, each with its full path and the spec line it is declared on. */
import { locateYamlPath } from '../core/yaml-locate.js';
import { basePathOf, joinPaths } from './path-template.js';
import { isRecord, type LoadedSpec } from './spec.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecOperation {
  /** Upper case: `GET`. */
  method: string;
  /** The path as written under `paths:` (`/articles/{slug}`). */
  path: string;
  /** Server base path + path (`/api/articles/{slug}`). */
  fullPath: string;
  operationId?: string;
  specLine: number;
  /** The dereferenced operation object. */
  definition: Record<string, unknown>;
  /** Path-level parameters merged under the operation's own. */
  parameters: Record<string, unknown>[];
}

export function listOperations(spec: LoadedSpec): SpecOperation[] {
  const base = basePathOf(spec.document.servers?.[0]?.url);
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.document.paths ?? {})) {
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters.filter(isRecord) : [];
    for (const method of HTTP_METHODS) {
      const definition = item[method];
      if (!isRecord(definition)) continue;
      const own = Array.isArray(definition.parameters) ? definition.parameters.filter(isRecord) : [];
      const ownKeys = new Set(own.map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`));
      operations.push({
        method: method.toUpperCase(),
        path,
        fullPath: joinPaths(base, path),
        ...(typeof definition.operationId === 'string' ? { operationId: definition.operationId } : {}),
        specLine: locateYamlPath(spec.text, ['paths', path, method]).line,
        definition,
        parameters: [...own, ...shared.filter((parameter) => !ownKeys.has(`${String(parameter.in)}:${String(parameter.name)}`))],
      });
    }
  }
  return operations;
}

export function operationLabel(operation: { method: string; fullPath: string }): string {
  return `${operation.method} ${operation.fullPath}`;
}
