import type { FileFacts, ImportFact } from '../facts.js';
import type { ImportEdge, ImportGraph } from '../model.js';
import { grammarForPath } from '../grammars.js';
import { pythonResolver, type PythonResolver } from './resolve-python.js';
import { jsResolver, type JsResolver } from './resolve-js.js';

/**
 * The resolved import graph of a run, built from the per-file import facts alone.
 * `allFiles` is every file of the workspace (package markers, tsconfig and package.json files
 * shape resolution); `readText` reads the configuration files among them.
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
  const to = new Map<string, ImportEdge[]>();
  for (const [file, fileFacts] of facts) {
    if (fileFacts.imports.length === 0) continue;
    const edges: ImportEdge[] = [];
    for (const fact of fileFacts.imports) {
      if (fact.kind === 'python') pythonEdges(pythonFor(), file, fact, edges);
      else edges.push(jsEdge(jsFor(), file, fact));
    }
    from.set(file, edges);
    for (const edge of edges) {
      if (edge.to === undefined) continue;
      let incoming = to.get(edge.to);
      if (!incoming) to.set(edge.to, (incoming = []));
      incoming.push(edge);
    }
  }

  return {
    edgesFrom: (file) => from.get(file) ?? [],
    edgesTo: (file) => to.get(file) ?? [],
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
  const base = { from: file, specifier: fact.specifier, line: fact.line, typeOnly: fact.typeOnly === true };
  const isFromImport = fact.names.length > 0;
  const level = fact.level ?? 0;
  const attributeNames: string[] = [];
  const attributeLocals: string[] = [];
  if (isFromImport) {
    const separator = /\.$/.test(fact.specifier) ? '' : '.';
    fact.names.forEach((name, index) => {
      const local = fact.locals[index];
      const submodule = name === '*' ? undefined : resolver.resolveModule(file, `${fact.specifier}${separator}${name}`, level);
      if (submodule) {
        out.push({ ...base, to: submodule, names: [name], locals: local === undefined ? [] : [local] });
      } else {
        attributeNames.push(name);
        if (local !== undefined) attributeLocals.push(local);
      }
    });
    if (attributeNames.length === 0) return;
  }
  const names = isFromImport ? attributeNames : [];
  const locals = isFromImport ? attributeLocals : fact.locals;
  const target = resolver.resolveModule(file, fact.specifier, level);
  if (target) {
    out.push({ ...base, to: target, names, locals });
    return;
  }
  // Not a repository file: a package unless relative or a namespace package of the repository.
  const external = level === 0 && !fact.specifier.startsWith('.') && !resolver.exists(file, fact.specifier, level);
  out.push({ ...base, names, locals, ...(external ? { package: fact.specifier.split('.')[0]! } : {}) });
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
