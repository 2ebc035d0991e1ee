import type { FileFacts, ImportFact } from '../facts.js';
import type { ImportEdge, ImportGraph } from '../model.js';
import { grammarForPath } from '../grammars.js';
import { pythonResolver, type PythonResolver } from './resolve-python.js';
import { jsResolver, type JsResolver } from './resolve-js.js';

/**
 * The resolved import graph of a run, built from the per-file import facts alone.
 * `allFiles` is every file of the workspace (package markers, tsconfig and package.json files
 * shape resolution); `readText` reads the configuration files among them.
 *
 * A file's edges are resolved when first asked for, and the incoming edges of every file only
 * when one is asked for: a `check` scoped to its change follows the imports of the files it
 * reports on and of what they reach, not of the whole repository.
 */
export function buildImportGraph(
  facts: ReadonlyMap<string, FileFacts>,
  allFiles: readonly string[],
  readText: (path: string) => string | undefined,
): ImportGraph {
  let python: PythonResolver | undefined;
  let js: JsResolver | undefined;
  const pythonFor = () => (python ??= pythonResolver(allFiles));
  const jsFor = () => (js ??= jsResolver(allFiles, readText));

  const from = new Map<string, ImportEdge[]>();
  const edgesFrom = (file: string): ImportEdge[] => {
    let edges = from.get(file);
    if (edges) return edges;
    edges = [];
    for (const fact of facts.get(file)?.imports ?? []) {
      if (fact.kind === 'python') pythonEdges(pythonFor(), file, fact, edges);
      else edges.push(jsEdge(jsFor(), file, fact));
    }
    from.set(file, edges);
    return edges;
  };
  let to: Map<string, ImportEdge[]> | undefined;
  const incoming = (): Map<string, ImportEdge[]> => {
    if (to) return to;
    to = new Map();
    for (const file of facts.keys()) {
      for (const edge of edgesFrom(file)) {
        if (edge.to === undefined) continue;
        let edges = to.get(edge.to);
        if (!edges) to.set(edge.to, (edges = []));
        edges.push(edge);
      }
    }
    return to;
  };

  return {
    edgesFrom,
    edgesTo: (file) => incoming().get(file) ?? [],
    resolve(file, specifier, level) {
      const grammar = grammarForPath(file);
      if (grammar === 'python') return pythonFor().resolveModule(file, specifier, level);
      if (grammar) return jsFor().resolve(file, specifier);
      return undefined;
    },
  };
}

/**
 * `from pkg import a, b` imports submodules when `pkg/a.py` exists and attributes of `pkg`
 * otherwise: each submodule gets its own edge, the attributes share one edge to the package.
 */
function pythonEdges(resolver: PythonResolver, file: string, fact: ImportFact, out: ImportEdge[]): void {
  const level = fact.level ?? 0;
  const typeOnly = fact.typeOnly === true;
  const target = resolver.resolveModule(file, fact.specifier, level);
  // Not a repository module at all (the common case of `from fastapi import ...`): one edge, no submodule look-ups.
  const inRepository = target !== undefined || level > 0 || fact.specifier.startsWith('.') || resolver.exists(file, fact.specifier, level);
  if (!inRepository) {
    out.push({ from: file, specifier: fact.specifier, line: fact.line, names: fact.names, locals: fact.locals, typeOnly, package: topSegment(fact.specifier) });
    return;
  }
  if (fact.names.length === 0) {
    out.push({ from: file, ...(target ? { to: target } : {}), specifier: fact.specifier, line: fact.line, names: [], locals: fact.locals, typeOnly });
    return;
  }
  const attributeNames: string[] = [];
  const attributeLocals: string[] = [];
  const prefix = fact.specifier.endsWith('.') ? fact.specifier : `${fact.specifier}.`;
  for (let index = 0; index < fact.names.length; index++) {
    const name = fact.names[index]!;
    const local = fact.locals[index];
    const submodule = name === '*' ? undefined : resolver.resolveModule(file, prefix + name, level);
    if (submodule) {
      out.push({ from: file, to: submodule, specifier: fact.specifier, line: fact.line, names: [name], locals: local === undefined ? [] : [local], typeOnly });
    } else {
      attributeNames.push(name);
      if (local !== undefined) attributeLocals.push(local);
    }
  }
  if (attributeNames.length === 0) return;
  out.push({ from: file, ...(target ? { to: target } : {}), specifier: fact.specifier, line: fact.line, names: attributeNames, locals: attributeLocals, typeOnly });
}

function topSegment(dotted: string): string {
  const dot = dotted.indexOf('.');
  return dot < 0 ? dotted : dotted.slice(0, dot);
}

function jsEdge(resolver: JsResolver, file: string, fact: ImportFact): ImportEdge {
  const edge: ImportEdge = {
    from: file,
    specifier: fact.specifier,
    line: fact.line,
    names: fact.names,
    locals: fact.locals,
    typeOnly: fact.typeOnly === true,
  };
  const target = resolver.resolve(file, fact.specifier);
  if (target) edge.to = target;
  else {
    const pkg = resolver.packageOf(file, fact.specifier);
    if (pkg) edge.package = pkg;
  }
  return edge;
}
