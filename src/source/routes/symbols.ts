import type { DefinitionFact, FileFacts, RouterFact } from '../facts.js';
import type { ImportEdge, ImportGraph } from '../model.js';
import { PYTHON_CONSTANTS } from '../python/conventions.js';

/**
 * Follows a name as written in one file (`users_bp`, `customers.router`, `views.book_list`) through
 * the import graph to the file that defines it. Works from facts alone, for Python and JS/TS.
 */

export interface SymbolTarget {
  file: string;
  /** The name in `file`; absent when the name denotes the module itself (`from . import views`). */
  name?: string;
  /** Attribute segments left over after the name (`site.urls` of `admin.site.urls`). */
  rest: string[];
}

export interface SymbolIndex {
  files: ReadonlyMap<string, FileFacts>;
  graph: ImportGraph;
}

const MAX_HOPS = 8;

function isPython(file: string): boolean {
  return file.endsWith('.py') || file.endsWith('.pyi');
}

function topLevelDefinition(facts: FileFacts | undefined, name: string): DefinitionFact | undefined {
  return facts?.definitions.find((definition) => definition.name === name && definition.kind !== 'method');
}

/** True when `file` binds `name` itself rather than importing it. */
function definesLocally(index: SymbolIndex, file: string, name: string): boolean {
  const facts = index.files.get(file);
  if (!facts) return false;
  if (facts.routers.some((router) => router.name === name)) return true;
  if (topLevelDefinition(facts, name)) return true;
  const constants = (facts.checkFacts[PYTHON_CONSTANTS] ?? []) as { name: string; container?: string }[];
  return constants.some((constant) => constant.name === name && constant.container === undefined);
}

function importEdgeFor(index: SymbolIndex, file: string, local: string): { edge: ImportEdge; imported?: string } | undefined {
  for (const edge of index.graph.edgesFrom(file)) {
    const position = edge.locals.indexOf(local);
    if (position < 0) continue;
    return { edge, imported: edge.names.length > 0 ? edge.names[position] : undefined };
  }
  return undefined;
}

/** `pkg/users.py` or `pkg/users/__init__.py` is the module `users` itself. */
function isModuleNamed(file: string, name: string): boolean {
  const withoutExtension = file.replace(/\.(py|pyi|[cm]?[jt]sx?)$/, '');
  const segments = withoutExtension.split('/');
  const last = segments.at(-1) === '__init__' || segments.at(-1) === 'index' ? segments.at(-2) : segments.at(-1);
  return last === name;
}

export function resolveSymbol(index: SymbolIndex, file: string, dotted: string, hops = 0): SymbolTarget | undefined {
  if (hops > MAX_HOPS) return undefined;
  const segments = dotted.split('.');
  const first = segments[0]!;
  // Imports first: `const users = require('./users')` is also a variable definition in JS.
  const found = importEdgeFor(index, file, first);
  if (!found) return definesLocally(index, file, first) ? { file, name: first, rest: segments.slice(1) } : undefined;
  const { edge, imported } = found;

  if (imported === undefined || imported === '*') {
    // `import a.b` binds `a`; `a.b.router` names `router` in module a.b. JS: a whole-module require.
    if (isPython(file)) {
      for (let length = segments.length - 1; length >= 1; length--) {
        const module = index.graph.resolve(file, segments.slice(0, length).join('.'), 0);
        if (module) return moduleMember(index, module, segments.slice(length), hops);
      }
    }
    return edge.to ? moduleMember(index, edge.to, segments.slice(1), hops) : undefined;
  }
  if (!edge.to) return undefined;
  if (isPython(file) && isModuleNamed(edge.to, imported) && !definesLocally(index, edge.to, imported)) {
    return moduleMember(index, edge.to, segments.slice(1), hops);
  }
  return follow(index, edge.to, imported, segments.slice(1), hops);
}

function moduleMember(index: SymbolIndex, module: string, rest: string[], hops: number): SymbolTarget {
  const [name, ...more] = rest;
  if (name === undefined) return { file: module, rest: [] };
  return follow(index, module, name, more, hops);
}

/** `name` as seen in `file`; re-exports (`from .orders import router` in a package `__init__`) are followed. */
function follow(index: SymbolIndex, file: string, name: string, rest: string[], hops: number): SymbolTarget {
  if (!definesLocally(index, file, name) && name !== 'default') {
    const further = resolveSymbol(index, file, [name, ...rest].join('.'), hops + 1);
    if (further) return further;
  }
  return { file, name, rest };
}

/** A router defined in `file` under `name` (or exported under it, for JS/TS). */
export function routerNamed(index: SymbolIndex, file: string, name: string): RouterFact | undefined {
  const routers = index.files.get(file)?.routers ?? [];
  return routers.find((router) => router.name === name) ?? routers.find((router) => router.exportedAs?.includes(name));
}

/** The function or class definition a handler name refers to. */
export function definitionOf(index: SymbolIndex, target: SymbolTarget): DefinitionFact | undefined {
  if (!target.name) return undefined;
  const facts = index.files.get(target.file);
  if (target.rest.length === 1) {
    const method = facts?.definitions.find((definition) => definition.kind === 'method' && definition.container === target.name && definition.name === target.rest[0]);
    if (method) return method;
  }
  return topLevelDefinition(facts, target.name);
}
