/** Postman v2.x collections read through the Workspace and checked enough that newman will not choke on them. */
import yaml from 'js-yaml';
import type { Finding } from '../core/types.js';
import type { Workspace } from '../core/workspace.js';
import { contractFinding } from './findings.js';
import { isRecord } from './spec.js';

export interface LoadedCollection {
  file: string;
  collection: Record<string, unknown>;
}

export type CollectionLoadResult = { ok: true; loaded: LoadedCollection } | { ok: false; finding: Finding };

export function loadCollection(workspace: Workspace, file: string): CollectionLoadResult {
  const text = workspace.readText(file);
  const invalid = (line: number, why: string): CollectionLoadResult => ({
    ok: false,
    finding: contractFinding('contract/collection-invalid', 'error', file, line, `The Postman collection \`${file}\` ${why}`, `${file} ${why}`),
  });
  if (text === undefined) return invalid(1, 'named in the contract configuration does not exist or cannot be read.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return invalid(jsonErrorLine(text, message), `is not valid JSON: ${message.split('\n')[0]}.`);
  }
  if (!isRecord(parsed) || !isRecord(parsed.info) || !Array.isArray(parsed.item)) {
    return invalid(1, 'is not a Postman collection (it needs `info` and an `item` list).');
  }
  const schema = typeof parsed.info.schema === 'string' ? parsed.info.schema : '';
  if (schema && !/collection\/v2\.[01]/.test(schema)) {
    return invalid(lineOf(text, '"schema"'), `uses an unsupported format (${schema}); export it as Collection v2.1.`);
  }
  return { ok: true, loaded: { file, collection: parsed } };
}

/**
 * The Authorization header the collection's authenticated requests send, as a template
 * (`Token {{token}}`); a collection- or folder-level bearer auth counts too.
 */
export function authorizationTemplate(collection: Record<string, unknown>): string | undefined {
  const fromAuth = (auth: unknown): string | undefined => {
    if (!isRecord(auth) || auth.type !== 'bearer' || !Array.isArray(auth.bearer)) return undefined;
    const token = auth.bearer.find((entry) => isRecord(entry) && entry.key === 'token');
    return isRecord(token) && typeof token.value === 'string' ? `Bearer ${token.value}` : undefined;
  };
  const visit = (node: unknown): string | undefined => {
    if (!isRecord(node)) return undefined;
    const own = fromAuth(node.auth);
    if (own) return own;
    const request = node.request;
    if (isRecord(request)) {
      const auth = fromAuth(request.auth);
      if (auth) return auth;
      const headers = Array.isArray(request.header) ? request.header : [];
      const header = headers.find((entry) => isRecord(entry) && typeof entry.key === 'string' && entry.key.toLowerCase() === 'authorization' && entry.disabled !== true);
      if (isRecord(header) && typeof header.value === 'string' && header.value.includes('{{')) return header.value;
    }
    for (const child of Array.isArray(node.item) ? node.item : []) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  return visit(collection);
}

/** Fills `{{name}}` from the variables a run ended with; undefined when any stays unresolved. */
export function resolveTemplate(template: string, variables: Record<string, string>): string | undefined {
  let unresolved = false;
  const value = template.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => {
    const found = variables[name];
    if (found === undefined || found === '') unresolved = true;
    return found ?? '';
  });
  return unresolved ? undefined : value;
}

/** V8 names a position for some JSON errors only; js-yaml (JSON is YAML) names a line for the rest. */
function jsonErrorLine(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  try {
    yaml.load(text);
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    if (typeof line === 'number') return line + 1;
  }
  return 1;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
