import type { ModelFact } from '../../source/facts.js';
import type { SourceModel } from '../../source/model.js';
import type { CheckContext, RuleFinding, SemanticCheck } from '../types.js';
import { functionIndexFor, type FunctionIndex } from './sqlalchemy-functions.js';
import { loadsLazily, modelIndex, type ModelIndex } from './sqlalchemy-names.js';
import type { SessionFunctionFact } from './sqlalchemy-session-facts.js';
import { yieldsObjects, type LoadShape } from './sqlalchemy-statements.js';

/**
 * Relationship reads that make SQLAlchemy load lazily where it cannot or should not: on an object
 * whose session is closed (DetachedInstanceError), on an object loaded through an AsyncSession
 * (MissingGreenlet), or once per row of a loop (N+1 queries). The per-function facts say which
 * variable holds which query's objects; here they are joined with the model facts (is `posts` a
 * relationship of `User`, and is it lazy?) and across functions and files (what does
 * `get_user()` return, and was its session closed when it returned?).
 */

type Kind = 'detached' | 'async' | 'loop';

interface LazyRead {
  kind: Kind;
  file: string;
  line: number;
  variable: string;
  attribute: string;
  model: ModelFact;
  /** Where the objects were loaded: this function's line, or the function a call went to. */
  loadedAt: { file: string; line: number; through?: string };
}

/** What a binding holds, followed through calls to the function that loaded it. */
interface Origin {
  modelFile: string;
  model: string;
  shape: LoadShape;
  eager: readonly string[];
  eagerAll: boolean;
  /** Attributes the loading function read while its session was open (already loaded for the caller). */
  touched: readonly string[];
  awaited: boolean;
  /** Closed by the function that returned it (the caller's own closes are on the read). */
  closed: boolean;
  element: boolean;
  loadedAt: LazyRead['loadedAt'];
}

const MAX_CALL_DEPTH = 4;

class LazyReadFinder {
  private readonly summaries = new Map<string, Origin | null>();

  constructor(
    private readonly functions: FunctionIndex,
    private readonly models: ModelIndex,
  ) {}

  /** Reads in the files `mayReport` lets through; the other files are still followed for what their functions return. */
  find(mayReport: (file: string) => boolean): LazyRead[] {
    const found: LazyRead[] = [];
    const seen = new Set<string>();
    for (const file of this.functions.files()) {
      if (!mayReport(file)) continue;
      for (const fn of this.functions.functions(file)) {
        for (const read of fn.reads ?? []) {
          const origin = this.originOf(file, fn, read.binding, 0);
          if (!origin || origin.shape !== 'one' || origin.eagerAll || origin.eager.includes(read.attribute)) continue;
          if (origin.loadedAt.through && origin.touched.includes(read.attribute)) continue;
          const resolved = this.models.resolve(origin.modelFile, origin.model);
          const relation = resolved?.model.relations.find((candidate) => candidate.name === read.attribute);
          if (!resolved || !relation || !loadsLazily(relation.lazy)) continue;
          const closed = !read.attached && (read.closed === true || origin.closed);
          const kind: Kind | undefined = origin.awaited ? 'async' : closed ? 'detached' : origin.element ? 'loop' : undefined;
          const key = `${file}:${read.line}:${read.variable}.${read.attribute}`;
          if (!kind || seen.has(key)) continue;
          seen.add(key);
          found.push({ kind, file, line: read.line, variable: read.variable, attribute: read.attribute, model: resolved.model, loadedAt: origin.loadedAt });
        }
      }
    }
    return found;
  }

  private originOf(file: string, fn: SessionFunctionFact, index: number, depth: number): Origin | undefined {
    const binding = fn.bindings?.[index];
    if (!binding) return undefined;
    if (binding.kind === 'load') {
      return {
        modelFile: file,
        model: binding.model,
        shape: binding.shape,
        eager: binding.eager ?? [],
        eagerAll: binding.eagerAll === true,
        touched: [],
        awaited: binding.awaited === true,
        closed: false,
        element: false,
        loadedAt: { file, line: binding.line },
      };
    }
    if (binding.kind === 'element') {
      const of = this.originOf(file, fn, binding.of, depth);
      return of && yieldsObjects(of.shape) ? { ...of, shape: 'one', element: true } : undefined;
    }
    if (depth >= MAX_CALL_DEPTH) return undefined;
    const target = this.functions.resolve(file, fn, binding.callee);
    if (!target) return undefined;
    const summary = this.summaryOf(target.file, target.fn, depth + 1);
    if (!summary) return undefined;
    return { ...summary, element: false, loadedAt: { ...summary.loadedAt, through: summary.loadedAt.through ?? binding.callee } };
  }

  /** What a function returns, when every return that hands back loaded objects agrees on the class. */
  private summaryOf(file: string, fn: SessionFunctionFact, depth: number): Origin | undefined {
    const key = `${file}:${fn.line}`;
    if (this.summaries.has(key)) return this.summaries.get(key) ?? undefined;
    this.summaries.set(key, null); // recursion guard
    const origins: Origin[] = [];
    for (const ret of fn.returns ?? []) {
      const origin = this.originOf(file, fn, ret.binding, depth);
      if (origin) origins.push({ ...origin, closed: origin.closed || ret.closed === true, touched: [...origin.touched, ...this.touchedOf(fn, ret.binding)] });
    }
    const first = origins[0];
    let summary: Origin | undefined;
    if (first && origins.every((origin) => origin.model === first.model && origin.modelFile === first.modelFile && (origin.shape === 'one') === (first.shape === 'one'))) {
      summary = {
        ...first,
        eager: [...new Set(origins.flatMap((origin) => origin.eager))],
        eagerAll: origins.some((origin) => origin.eagerAll),
        touched: [...new Set(origins.flatMap((origin) => origin.touched))],
        awaited: origins.some((origin) => origin.awaited),
        closed: origins.every((origin) => origin.closed),
        element: false,
        loadedAt: first.loadedAt.through ? first.loadedAt : { file, line: first.loadedAt.line },
      };
    }
    this.summaries.set(key, summary ?? null);
    return summary;
  }

  /** Attributes the function itself read on the load a binding comes from. */
  private touchedOf(fn: SessionFunctionFact, index: number): string[] {
    let binding = fn.bindings?.[index];
    while (binding?.kind === 'element') binding = fn.bindings?.[binding.of];
    return binding?.kind === 'load' ? (binding.touched ?? []) : [];
  }
}

const cache = new WeakMap<SourceModel, Map<string, LazyRead[]>>();

/**
 * Every lazy relationship read of the project's files that the run may report, computed once for
 * the three checks (keyed by the files and by which of them may report).
 */
function lazyReads(model: SourceModel, files: readonly string[], mayReport: (file: string) => boolean): LazyRead[] {
  let byFiles = cache.get(model);
  if (!byFiles) cache.set(model, (byFiles = new Map()));
  const reported = files.filter(mayReport);
  const key = `${files.join('\n')}\u0000${reported.length === files.length ? '*' : reported.join('\n')}`;
  let reads = byFiles.get(key);
  if (!reads) {
    reads = new LazyReadFinder(functionIndexFor(model, files), modelIndex(model, files)).find(mayReport);
    byFiles.set(key, reads);
  }
  return reads;
}

function where(read: LazyRead, file: string): string {
  const place = read.loadedAt.file === file ? `line ${read.loadedAt.line}` : `${read.loadedAt.file}:${read.loadedAt.line}`;
  return read.loadedAt.through ? `returned by \`${read.loadedAt.through.replace(/^\./, '')}()\`, loaded at ${place}` : `loaded on ${place}`;
}

function lazyCheck(name: string, kind: Kind, message: (read: LazyRead) => string): SemanticCheck {
  return {
    name,
    run(model, _project, _params, context: CheckContext) {
      const findings: RuleFinding[] = [];
      for (const read of lazyReads(model, context.files, (file) => context.mayReport(file))) {
        if (read.kind === kind) findings.push(context.finding({ file: read.file, line: read.line, message: message(read) }));
      }
      return findings;
    },
  };
}

export const sqlalchemyDetachedLazyLoad = lazyCheck(
  'sqlalchemy-detached-lazy-load',
  'detached',
  (read) =>
    `\`${read.variable}.${read.attribute}\` lazy-loads the relationship \`${read.model.name}.${read.attribute}\` after the session that loaded the object (${where(read, read.file)}) was closed: SQLAlchemy raises DetachedInstanceError.`,
);

export const sqlalchemyAsyncLazyLoad = lazyCheck(
  'sqlalchemy-async-lazy-load',
  'async',
  (read) =>
    `\`${read.variable}.${read.attribute}\` lazy-loads the relationship \`${read.model.name}.${read.attribute}\` on an object loaded through an AsyncSession (${where(read, read.file)}): the implicit query raises MissingGreenlet.`,
);

export const sqlalchemyLazyLoadInLoop = lazyCheck(
  'sqlalchemy-lazy-load-in-loop',
  'loop',
  (read) =>
    `\`${read.variable}.${read.attribute}\` lazy-loads the relationship \`${read.model.name}.${read.attribute}\` once per row of the query (${where(read, read.file)}): one extra query per row (N+1).`,
);
