import type { SourceModel } from '../../source/model.js';
import { resolveName } from './sqlalchemy-names.js';
import { SQLALCHEMY_FUNCTIONS, SQLALCHEMY_SESSION_FILE, type SessionFileFact, type SessionFunctionFact } from './sqlalchemy-session-facts.js';

/**
 * The functions of a project as the session facts describe them, and where a call goes: the
 * SQLAlchemy checks follow objects returned by one function into its callers, and writes from a
 * route into the functions it calls.
 */

function functionsOf(model: SourceModel, file: string): SessionFunctionFact[] {
  return (model.files.get(file)?.checkFacts[SQLALCHEMY_FUNCTIONS] ?? []) as SessionFunctionFact[];
}

/** A function's session facts with the class it belongs to, read from the file's definitions. */
export type IndexedFunction = SessionFunctionFact & { container?: string };

const indexes = new WeakMap<SourceModel, Map<string, FunctionIndex>>();

/** One index per model and file list, shared by the SQLAlchemy checks of a run. */
export function functionIndexFor(model: SourceModel, files: readonly string[]): FunctionIndex {
  let byFiles = indexes.get(model);
  if (!byFiles) indexes.set(model, (byFiles = new Map()));
  const key = files.join('\n');
  let index = byFiles.get(key);
  if (!index) byFiles.set(key, (index = new FunctionIndex(model, files)));
  return index;
}

/** The session facts of every Python file of a project, by file and by name. */
export class FunctionIndex {
  private readonly byFile = new Map<string, IndexedFunction[]>();
  private readonly definitionCount = new Map<string, number>();
  private readonly definedIn = new Map<string, string>();

  constructor(
    private readonly model: SourceModel,
    files: readonly string[],
  ) {
    for (const file of files) {
      const facts = model.files.get(file);
      if (facts?.grammar !== 'python') continue;
      // The definitions say which class a method belongs to (same line: the `def`, or its first decorator).
      const containers = new Map(facts.definitions.filter((definition) => definition.container).map((definition) => [`${definition.name}:${definition.line}`, definition.container!]));
      this.byFile.set(
        file,
        functionsOf(model, file).map((fn) => {
          const container = containers.get(`${fn.name}:${fn.line}`);
          return container ? { ...fn, container } : fn;
        }),
      );
      for (const definition of facts.definitions) {
        if (definition.kind !== 'function' && definition.kind !== 'method') continue;
        this.definitionCount.set(definition.name, (this.definitionCount.get(definition.name) ?? 0) + 1);
        this.definedIn.set(definition.name, file);
      }
    }
  }

  functions(file: string): readonly IndexedFunction[] {
    return this.byFile.get(file) ?? [];
  }

  files(): IterableIterator<string> {
    return this.byFile.keys();
  }

  private topLevel(file: string, name: string): IndexedFunction | undefined {
    return this.functions(file).find((fn) => fn.name === name && fn.container === undefined);
  }

  /** A name defined by exactly one function or method of the project, and its file. */
  private uniquelyNamed(name: string): { file: string; fn: IndexedFunction } | undefined {
    if (this.definitionCount.get(name) !== 1) return undefined;
    const file = this.definedIn.get(name)!;
    const fn = this.functions(file).find((candidate) => candidate.name === name);
    return fn ? { file, fn } : undefined;
  }

  /**
   * The one function a call goes to: a function of the file or one it imports (`get_user`,
   * `crud.get_user`), a method of the caller's class (`self.get_user`), or a method named so by
   * one definition in the whole project (`self.repo.get_user`, `UserRepo(db).get_user`).
   */
  resolve(file: string, caller: IndexedFunction, callee: string): { file: string; fn: IndexedFunction } | undefined {
    const parts = callee.split('.');
    const name = parts[parts.length - 1]!;
    if (parts.length === 1) {
      const found = resolveName(this.model, file, name, (candidate, wanted) => this.topLevel(candidate, wanted) !== undefined);
      return found ? { file: found.file, fn: this.topLevel(found.file, found.name)! } : undefined;
    }
    if ((parts[0] === 'self' || parts[0] === 'cls') && parts.length === 2) {
      const method = this.functions(file).find((fn) => fn.name === name && fn.container !== undefined && fn.container === caller.container);
      return method ? { file, fn: method } : undefined;
    }
    if (parts[0] !== '') {
      const found = resolveName(this.model, file, callee, (candidate, wanted) => this.topLevel(candidate, wanted) !== undefined);
      if (found) return { file: found.file, fn: this.topLevel(found.file, found.name)! };
    }
    return this.uniquelyNamed(name);
  }
  /** The session facts of a file as a whole (hooks, factories). */
  fileFacts(file: string): SessionFileFact | undefined {
    return (this.model.files.get(file)?.checkFacts[SQLALCHEMY_SESSION_FILE] as SessionFileFact[] | undefined)?.[0];
  }

  /**
   * Every function a call may go to: the one it resolves to, or, when the callee is a method whose
   * name several definitions share, all of them. Bare names that resolve to nothing are library
   * calls and lead nowhere.
   */
  candidates(file: string, caller: IndexedFunction, callee: string): { file: string; fn: IndexedFunction }[] {
    const resolved = this.resolve(file, caller, callee);
    if (resolved) return [resolved];
    const parts = callee.split('.');
    if (parts.length === 1) return [];
    const name = parts[parts.length - 1]!;
    const all: { file: string; fn: IndexedFunction }[] = [];
    for (const [candidateFile, functions] of this.byFile) for (const fn of functions) if (fn.name === name) all.push({ file: candidateFile, fn });
    return all;
  }
}
