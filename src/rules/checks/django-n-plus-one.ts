import type { RuleFinding, SemanticCheck } from '../types.js';
import { djangoModels, type DjangoModel, type DjangoRelation } from './django-models.js';
import { DJANGO_ROW_LOOPS, type DjangoRowAccess, type DjangoRowLoopFact } from './django-queryset-facts.js';

/**
 * N+1 queries in Django request code: a loop over a query set that reads, for each row, a relation
 * the query set did not load. A forward ForeignKey/OneToOne (or a reverse OneToOne) read on a row
 * runs one query unless `select_related`/`prefetch_related` covers it; a reverse ForeignKey or a
 * ManyToMany manager queried per row (`.all()`, `.count()`...) runs one unless `prefetch_related`
 * covers it, and `.filter()`/`.exclude()`/`.order_by()`/`.get()`/`.values()` on it run one even then.
 */

/** Manager methods that read the relation; with a prefetch they answer from the cache. */
const CACHED_READS = new Set(['all', 'count', 'exists', 'first', 'last', 'iterator']);
/** Manager methods that build a new query: a prefetch does not help them. */
const NEW_QUERIES = new Set(['filter', 'exclude', 'order_by', 'get', 'values', 'values_list', 'aggregate', 'annotate', 'latest', 'earliest', 'distinct', 'select_related', 'prefetch_related', 'only', 'defer']);
const SINGLE: ReadonlySet<DjangoRelation['kind']> = new Set(['foreign-key', 'one-to-one', 'reverse-one-to-one']);

export const djangoNPlusOne: SemanticCheck = {
  name: 'django-n-plus-one',
  run(model, _project, _params, context) {
    const loops: { file: string; loop: DjangoRowLoopFact }[] = [];
    // Only loops of files the run may report: the model index below is built only when there are some.
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const loop of (model.files.get(file)?.checkFacts[DJANGO_ROW_LOOPS] ?? []) as DjangoRowLoopFact[]) loops.push({ file, loop });
    }
    if (loops.length === 0) return [];
    const index = djangoModels(model, context.files);
    if (index.models.length === 0) return [];
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    for (const { file, loop } of loops) {
      if (loop.coverageUnknown) continue;
      const rows = index.resolve(file, loop.model);
      if (!rows) continue;
      for (const access of loop.accesses) {
        const problem = perRowQuery(index.relationsOf, rows, loop, access);
        if (!problem) continue;
        const key = `${file}:${access.line}:${problem.lookup}`;
        if (reported.has(key)) continue;
        reported.add(key);
        findings.push(context.finding({ file, line: access.line, message: problem.message(`${loop.model}.objects`, loop.line) }));
      }
    }
    return findings;
  },
};

interface Problem {
  lookup: string;
  message: (source: string, loopLine: number) => string;
}

function perRowQuery(relationsOf: (model: DjangoModel) => ReadonlyMap<string, DjangoRelation>, rows: DjangoModel, loop: DjangoRowLoopFact, access: DjangoRowAccess): Problem | undefined {
  const lookups = [...(loop.selectRelated === 'all' ? [] : loop.selectRelated), ...loop.prefetchRelated];
  const covers = (lookup: string) => lookups.some((candidate) => candidate === lookup || candidate.startsWith(`${lookup}__`));
  let current: DjangoModel | undefined = rows;
  let prefix = '';
  for (let position = 0; position < access.path.length && current; position++) {
    const name = access.path[position]!;
    const relation = relationsOf(current).get(name);
    if (!relation) return undefined;
    const lookup = prefix ? `${prefix}__${name}` : name;
    const expression = `${loop.variable}.${access.path.slice(0, position + 1).join('.')}`;
    if (SINGLE.has(relation.kind)) {
      // select_related() without arguments follows forward relations (the non-null ones; nullable ones are given the benefit of the doubt).
      const all = loop.selectRelated === 'all' && relation.kind !== 'reverse-one-to-one';
      if (!all && !covers(lookup)) {
        const related = relation.target?.name ?? 'the related row';
        return {
          lookup,
          message: (source, line) =>
            `\`${expression}\` loads ${related} with one query per row of the \`${source}\` loop (line ${line}): an N+1 query. Add \`select_related("${lookup}")\` to the query set.`,
        };
      }
      prefix = lookup;
      current = relation.target;
      continue;
    }
    // A manager (reverse ForeignKey, ManyToMany): a query only when it is read.
    const method = access.path[position + 1];
    const called = position + 1 === access.path.length - 1 && access.called;
    if (!method || !called) return undefined;
    if (NEW_QUERIES.has(method)) {
      return {
        lookup: `${lookup}.${method}`,
        message: (source, line) =>
          `\`${expression}.${method}()\` runs one query per row of the \`${source}\` loop (line ${line}): an N+1 query, which \`prefetch_related\` does not avoid for \`.${method}()\`. Prefetch the rows wanted with \`Prefetch("${lookup}", queryset=...)\` and read \`.all()\`.`,
      };
    }
    if (CACHED_READS.has(method) && !covers(lookup)) {
      return {
        lookup,
        message: (source, line) =>
          `\`${expression}.${method}()\` runs one query per row of the \`${source}\` loop (line ${line}): an N+1 query. Add \`prefetch_related("${lookup}")\` to the query set.`,
      };
    }
    return undefined;
  }
  return undefined;
}
