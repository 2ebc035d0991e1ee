/**
 * Literal texts that every match of a regular expression contains, for the query rules' cheap
 * pre-filter: a `#match?` predicate tests a capture's text, which is part of the file's text, so a
 * file that lacks every alternative of one returned set cannot satisfy the predicate.
 *
 *   requiredLiterals('(^|\\.)objects(\\.|$)')          -> [['objects']]
 *   requiredLiterals('\\b(Depends|Security)\\(')      -> [['Depends(', 'Security(']]
 *   requiredLiterals('^(db|session)$')                 -> []   (a set with a text under 3 characters is dropped)
 *
 * Each inner array is an any-of set; the file must contain one text of every set. Anything the
 * analysis does not understand (classes with ranges, backreferences, `.`, `\s`...) only weakens
 * the result, never makes it wrong: an empty answer means "no requirement".
 */
export function requiredLiterals(source: string): string[][] {
  let parsed: Info;
  try {
    const parser = new RegexReader(source);
    parsed = parser.alternation();
    if (!parser.done()) return [];
  } catch {
    return [];
  }
  const sets = [...parsed.need];
  const whole = clauseOf(parsed.exact);
  if (whole) sets.push(whole);
  // Very short texts are in nearly every file; testing them costs more than it saves.
  return sets.filter((set) => set.every((literal) => literal.length >= MIN_LITERAL));
}

const MIN_LITERAL = 3;
/** Past this many exact strings a part is treated as unknown, to keep the analysis small. */
const MAX_EXACT = 32;

interface Info {
  /** Every string this part can match, when few and known. */
  exact?: string[];
  /** Any-of sets of which every match contains one text. */
  need: string[][];
}

const UNKNOWN: Info = { need: [] };
const EMPTY: Info = { exact: [''], need: [] };

function clauseOf(exact: string[] | undefined): string[] | undefined {
  if (!exact || exact.length === 0 || exact.includes('')) return undefined;
  const unique = [...new Set(exact)];
  // A text containing another of the set adds nothing: `objects` is found wherever `.objects` is.
  return unique.filter((literal) => !unique.some((other) => other !== literal && literal.includes(other)));
}

function concat(left: Info, right: Info): Info {
  if (left.exact && right.exact && left.exact.length * right.exact.length <= MAX_EXACT) {
    const exact = left.exact.flatMap((a) => right.exact!.map((b) => a + b));
    return { exact, need: [...left.need, ...right.need] };
  }
  // The run of exact text ends here: what it matched becomes a requirement of its own.
  const need = [...left.need, ...right.need];
  const leftClause = clauseOf(left.exact);
  if (leftClause) need.push(leftClause);
  return right.exact ? { exact: right.exact, need } : { need: appendClause(need, right.exact) };
}

function appendClause(need: string[][], exact: string[] | undefined): string[][] {
  const clause = clauseOf(exact);
  return clause ? [...need, clause] : need;
}

/** The strongest single any-of set a branch guarantees, for an alternation. */
function bestClause(info: Info): string[] | undefined {
  const candidates = [...info.need];
  const whole = clauseOf(info.exact);
  if (whole) candidates.push(whole);
  let best: string[] | undefined;
  let bestLength = -1;
  for (const clause of candidates) {
    const shortest = Math.min(...clause.map((literal) => literal.length));
    if (shortest > bestLength) {
      best = clause;
      bestLength = shortest;
    }
  }
  return best;
}

function alternate(branches: Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  if (branches.every((branch) => branch.exact)) {
    const exact = [...new Set(branches.flatMap((branch) => branch.exact!))];
    if (exact.length <= MAX_EXACT) return { exact, need: [] };
  }
  const clauses = branches.map(bestClause);
  if (clauses.some((clause) => !clause)) return UNKNOWN;
  return { need: [[...new Set(clauses.flatMap((clause) => clause!))]] };
}

/** Characters that stand for themselves when escaped with a backslash. */
const ESCAPED_LITERAL = /^[\\^$.|?*+()[\]{}\/\-=!:<>,#&~'"`@%;_ ]$/;
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);

/** A recursive-descent reader of JavaScript regular expression syntax (no flags; tree-sitter's #match? uses none). */
class RegexReader {
  private index = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.index >= this.source.length;
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.index] === '|') {
      this.index++;
      branches.push(this.sequence());
    }
    return alternate(branches);
  }

  private sequence(): Info {
    let result = EMPTY;
    while (!this.done() && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      result = concat(result, this.quantified());
    }
    return result;
  }

  private quantified(): Info {
    const atom = this.atom();
    const next = this.source[this.index];
    let min: number | undefined;
    let max: number | undefined;
    if (next === '*' || next === '+' || next === '?') {
      this.index++;
      min = next === '+' ? 1 : 0;
      max = next === '?' ? 1 : Infinity;
    } else if (next === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
      if (bounds) {
        this.index += bounds[0].length;
        min = Number(bounds[1]);
        max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
      }
    }
    if (min === undefined) return atom;
    if (this.source[this.index] === '?') this.index++; // lazy: matches the same strings
    if (min === 0) return max === 1 && atom.exact && atom.exact.length < MAX_EXACT ? { exact: [...atom.exact, ''], need: [] } : EMPTY_OR_UNKNOWN;
    if (min === 1 && max === 1) return atom;
    return { need: appendClause(atom.need, atom.exact) };
  }

  private atom(): Info {
    const char = this.source[this.index++]!;
    switch (char) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return UNKNOWN;
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new Error(`unexpected ${char}`);
      default:
        return { exact: [char], need: [] };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.source[this.index] === '?') {
      const head = this.source.slice(this.index, this.index + 4);
      if (head.startsWith('?:')) this.index += 2;
      else if (/^\?(=|!|<=|<!)/.test(head)) {
        lookaround = true;
        this.index += head.startsWith('?<') ? 3 : 2;
      } else if (head.startsWith('?<')) {
        const end = this.source.indexOf('>', this.index);
        if (end < 0) throw new Error('unterminated group name');
        this.index = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.source[this.index] !== ')') throw new Error('unterminated group');
    this.index++;
    // A lookaround consumes nothing, whatever it tests.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    const chars: string[] = [];
    let known = this.source[this.index] !== '^';
    while (!this.done() && this.source[this.index] !== ']') {
      let char = this.source[this.index++]!;
      if (char === '\\') {
        char = this.source[this.index++] ?? '';
        if (!ESCAPED_LITERAL.test(char)) known = false;
      } else if (this.source[this.index] === '-' && this.source[this.index + 1] !== ']') {
        known = false; // a range
      }
      chars.push(char);
    }
    if (this.done()) throw new Error('unterminated class');
    this.index++;
    return known && chars.length > 0 && chars.length <= MAX_EXACT ? { exact: [...new Set(chars)], need: [] } : UNKNOWN;
  }

  private escape(): Info {
    const char = this.source[this.index++];
    if (char === undefined) throw new Error('trailing backslash');
    if (ESCAPED_LITERAL.test(char)) return { exact: [char], need: [] };
    if (ZERO_WIDTH_ESCAPES.has(char)) return EMPTY;
    if (char === 'n') return { exact: ['\n'], need: [] };
    if (char === 't') return { exact: ['\t'], need: [] };
    if (char === 'u' || char === 'x' || char === 'c' || char === 'k' || char === 'p' || char === 'P') {
      // Code points, control characters, named references and properties: skip their argument loosely.
      const argument = /^(\{[^}]*\}|<[^>]*>|[0-9a-fA-F]{2,4}|[A-Za-z])/.exec(this.source.slice(this.index));
      if (argument) this.index += argument[0].length;
      return UNKNOWN;
    }
    return UNKNOWN; // \d \w \s \1 ...
  }
}

/** `x*`, `x{0,n}`: may match nothing, so it requires nothing and breaks the run of exact text. */
const EMPTY_OR_UNKNOWN: Info = UNKNOWN;
