import type { ModelFact } from '../../source/facts.js';
import type { SourceModel } from '../../source/model.js';

/**
 * Where a name used in one Python file is defined in the project: in the file itself, through
 * its imports (aliases, `from .models import *` and re-exports in `__init__.py` followed a few
 * hops), as `module.Name` through an imported module, or, failing all that, by a name only one
 * file of the project defines. Shared by the SQLAlchemy checks, which join uses in one file with
 * definitions (models, classes, functions) in another.
 */

const MAX_HOPS = 4;

export interface Resolved {
  file: string;
  name: string;
}

/** `defines(file, name)` tells whether `file` itself defines `name`. */
export type Defines = (file: string, name: string) => boolean;

export function resolveName(model: SourceModel, file: string, written: string, defines: Defines, unique?: (name: string) => string | undefined): Resolved | undefined {
  const parts = written.split('.');
  const name = parts[parts.length - 1]!;
  if (parts.length === 1) {
    const found = followImports(model, file, name, defines, 0);
    if (found) return found;
  } else {
    const module = moduleFile(model, file, parts.slice(0, -1).join('.'));
    if (module) {
      const found = followImports(model, module, name, defines, 0);
      if (found) return found;
    }
  }
  const only = unique?.(name);
  return only ? { file: only, name } : undefined;
}

function followImports(model: SourceModel, file: string, name: string, defines: Defines, hops: number): Resolved | undefined {
  if (defines(file, name)) return { file, name };
  if (hops >= MAX_HOPS) return undefined;
  for (const edge of model.graph.edgesFrom(file)) {
    if (!edge.to || edge.names.length === 0) continue;
    if (edge.names.includes('*')) {
      const found = followImports(model, edge.to, name, defines, hops + 1);
      if (found) return found;
      continue;
    }
    const index = edge.locals.indexOf(name);
    if (index < 0) continue;
    const original = edge.names[index] ?? name;
    const found = followImports(model, edge.to, original, defines, hops + 1);
    if (found) return found;
  }
  return undefined;
}

/** The project file a module name (`models`, `app.models`, `crud`) stands for in `file`. */
function moduleFile(model: SourceModel, file: string, written: string): string | undefined {
  const root = written.split('.')[0]!;
  for (const edge of model.graph.edgesFrom(file)) {
    if (!edge.to || !edge.locals.includes(root)) continue;
    // `import app.models` binds `app` to the package but the edge points at the module itself.
    if (edge.names.length === 0) return edge.to;
    const stem = edge.to.replace(/\/__init__\.pyi?$/, '').replace(/\.pyi?$/, '').split('/').pop();
    if (edge.names.length === 1 && stem === edge.names[0]) return edge.to;
  }
  return undefined;
}

/** SQLAlchemy and SQLModel models of a project by class name. */
export interface ModelIndex {
  resolve(file: string, written: string): { file: string; model: ModelFact } | undefined;
}

export function modelIndex(model: SourceModel, files: readonly string[]): ModelIndex {
  const byName = new Map<string, { file: string; model: ModelFact }[]>();
  const inFile = new Map<string, Map<string, ModelFact>>();
  for (const file of files) {
    const facts = model.files.get(file);
    if (facts?.grammar !== 'python') continue;
    for (const fact of facts.models) {
      if (fact.orm !== 'sqlalchemy' && fact.orm !== 'sqlmodel') continue;
      byName.set(fact.name, [...(byName.get(fact.name) ?? []), { file, model: fact }]);
      const own = inFile.get(file) ?? new Map<string, ModelFact>();
      own.set(fact.name, fact);
      inFile.set(file, own);
    }
  }
  const defines: Defines = (file, name) => inFile.get(file)?.has(name) === true;
  const unique = (name: string) => {
    const candidates = byName.get(name) ?? [];
    return candidates.length === 1 ? candidates[0]!.file : undefined;
  };
  return {
    resolve(file, written) {
      const found = resolveName(model, file, written, defines, unique);
      const fact = found ? inFile.get(found.file)?.get(found.name) : undefined;
      return found && fact ? { file: found.file, model: fact } : undefined;
    },
  };
}

/** How a relationship loads when nothing in the query says otherwise. */
export function loadsLazily(lazy: string | undefined): boolean {
  return lazy === undefined || lazy === 'select' || lazy === 'True';
}
