/**
 * Loads an OpenAPI 3.0/3.1 document (YAML or JSON) with every `$ref` resolved. Files are read
 * through the Workspace only (a custom resolver replaces swagger-parser's file reader; HTTP refs
 * are off), and every problem comes back as a finding with a line, never as a thrown error.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import yaml from 'js-yaml';
import { isAbsolute, relative, resolve as resolvePath } from 'node:path';
import type { Finding } from '../core/types.js';
import type { Workspace } from '../core/workspace.js';
import { locateYamlPath } from '../core/yaml-locate.js';
import { contractFinding } from './findings.js';

export interface LoadedSpec {
  file: string;
  text: string;
  /** The dereferenced document: plain objects, `$ref`s replaced by their targets. */
  document: OpenApiDocument;
  version: '3.0' | '3.1';
}

export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

export type SpecLoadResult = { ok: true; spec: LoadedSpec } | { ok: false; findings: Finding[] };

export async function loadSpec(workspace: Workspace, file: string): Promise<SpecLoadResult> {
  const text = workspace.readText(file);
  if (text === undefined) {
    return fail(contractFinding('contract/spec-invalid', 'error', file, 1, `The OpenAPI document \`${file}\` named in the contract configuration does not exist or cannot be read.`));
  }
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return fail(contractFinding('contract/spec-invalid', 'error', file, (mark?.line ?? 0) + 1, `The OpenAPI document cannot be parsed: ${reason}.`));
  }
  if (!isRecord(raw) || typeof raw.openapi !== 'string' || !/^3\.[01]\./.test(raw.openapi)) {
    const line = isRecord(raw) && 'openapi' in raw ? locateYamlPath(text, ['openapi']).line : 1;
    return fail(contractFinding('contract/spec-invalid', 'error', file, line, 'The contract document is not OpenAPI 3.0 or 3.1 (its `openapi` field is missing or names another version).'));
  }
  const absolute = resolvePath(workspace.root, file);
  try {
    const parser = new SwaggerParser();
    const document = (await parser.dereference(absolute, structuredClone(raw) as never, {
      resolve: {
        http: false,
        file: {
          order: 1,
          canRead: true,
          read: (info: { url: string }) => {
            const wanted = repositoryPath(workspace.root, info.url);
            const content = wanted === undefined ? undefined : workspace.readText(wanted);
            if (content === undefined) throw new Error(`cannot read ${wanted ?? info.url}`);
            return content;
          },
        },
      },
    } as never)) as unknown as OpenApiDocument;
    return { ok: true, spec: { file, text, document, version: raw.openapi.startsWith('3.1') ? '3.1' : '3.0' } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(contractFinding('contract/spec-invalid', 'error', file, lineOfBrokenRef(text, message), `The OpenAPI document has a broken reference: ${firstLine(message)}`));
  }
}

function repositoryPath(root: string, url: string): string | undefined {
  const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const absolute = isAbsolute(path) ? path : resolvePath(root, path);
  const inside = relative(root, absolute).split('\\').join('/');
  return inside.startsWith('..') ? undefined : inside.replace(/#.*$/, '');
}

/** The line of the `$ref` the parser complained about: the quoted pointer in its message, found in the text. */
function lineOfBrokenRef(text: string, message: string): number {
  const lines = text.split('\n');
  const quoted = [...message.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  for (const candidate of quoted) {
    const hash = candidate.indexOf('#');
    const pointer = hash >= 0 ? candidate.slice(hash) : undefined;
    const file = (hash >= 0 ? candidate.slice(0, hash) : candidate).split('/').pop() ?? '';
    const index = lines.findIndex((line) => {
      if (!line.includes('$ref')) return false;
      if (file !== '' && !line.includes(file)) return false;
      return pointer === undefined || pointer === '#' || line.includes(pointer);
    });
    if (index >= 0) return index + 1;
  }
  const anyRef = lines.findIndex((line) => line.includes('$ref'));
  return anyRef >= 0 ? anyRef + 1 : 1;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.endsWith('.') ? line : `${line}.`;
}

function fail(finding: Finding): SpecLoadResult {
  return { ok: false, findings: [finding] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
