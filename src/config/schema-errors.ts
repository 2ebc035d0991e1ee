import type { ErrorObject } from 'ajv';

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  hint?: string;
}

/**
 * Turns Ajv's errors into sentences a person understands, one per problem, most specific first.
 * Ajv reports every branch of an `anyOf`; we keep the branch that matches the value's type.
 * Shared by every schema-validated file (config, rules, reports).
 */
export function explainSchemaError(errors: readonly ErrorObject[], root: unknown, label = 'the config'): SchemaProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const problems: SchemaProblem[] = [];
  for (const [instancePath, list] of byPath) {
    const path = toPath(instancePath);
    const value = valueAt(root, path);
    const name = path.length === 0 ? label : `\`${path.join('.')}\``;
    const chosen = pickMostRelevant(list, value);
    problems.push(describe(chosen, list, path, name, value));
  }
  // Deeper paths first: a wrong enum deep inside beats "must be object" on its parent.
  problems.sort((a, b) => b.path.length - a.path.length);
  return dedupe(problems);
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.join('.')}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^[0-9]+$/.test(part) ? Number(part) : part));
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

function pickMostRelevant(list: ErrorObject[], value: unknown): ErrorObject {
  const priority = (error: ErrorObject): number => {
    switch (error.keyword) {
      case 'additionalProperties':
        return 0;
      case 'enum':
        return kindOf(value) === 'string' ? 1 : 6;
      case 'pattern':
        return kindOf(value) === 'string' ? 1 : 6;
      case 'required':
        return 2;
      case 'type': {
        const expected = ([] as string[]).concat(error.params.type as string | string[]);
        return expected.includes(kindOf(value)) ? 7 : 5;
      }
      default:
        return 3;
    }
  };
  return [...list].sort((a, b) => priority(a) - priority(b))[0]!;
}

const article = (type: string): string =>
  ({ object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' })[type] ?? type;

function describe(error: ErrorObject, all: ErrorObject[], path: (string | number)[], name: string, value: unknown): SchemaProblem {
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closest(key, known);
      return {
        path: [...path, key],
        message: `Unknown key \`${key}\`${path.length ? ` in ${name}` : ''}.`,
        hint: suggestion ? `Did you mean \`${suggestion}\`? Known keys: ${known.join(', ')}.` : `Known keys: ${known.join(', ')}.`,
      };
    }
    case 'enum': {
      const allowed = all
        .filter((candidate) => candidate.keyword === 'enum')
        .flatMap((candidate) => candidate.params.allowedValues as unknown[])
        .map(String);
      const types = all.filter((candidate) => candidate.keyword === 'type').map((candidate) => article(String(candidate.params.type)));
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const alternatives = types.length ? `, or ${types.join(' or ')}` : '';
      return {
        path,
        message: `${name} must be one of ${allowed.map((entry) => `\`${entry}\``).join(', ')}${alternatives}; got \`${String(value)}\`.`,
        ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
      };
    }
    case 'type': {
      const expected = all.filter((candidate) => candidate.keyword === 'type').map((candidate) => article(String(candidate.params.type)));
      return { path, message: `${name} must be ${[...new Set(expected)].join(' or ')}, not ${article(kindOf(value))}.` };
    }
    case 'required':
      return { path, message: `${name} needs the key \`${String(error.params.missingProperty)}\`.` };
    case 'pattern':
      return { path, message: `${name} has the value \`${String(value)}\`, which is not allowed here.`, hint: (error.parentSchema as { description?: string })?.description };
    case 'minItems':
      return { path, message: `${name} must not be empty.` };
    case 'minProperties':
      return { path, message: `${name} must have at least one entry.` };
    case 'minLength':
      return { path, message: `${name} must not be an empty string.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return { path, message: `${name} ${error.message ?? 'is out of range'}; got ${String(value)}.` };
    default:
      return { path, message: `${name} ${error.message ?? 'is invalid'}.` };
  }
}

/** The candidate within edit distance 2 (or a case-insensitive match), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
