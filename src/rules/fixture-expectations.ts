/**
 * Inline expectations of rule fixtures, the rule's executable specification:
 *
 *   cursor.execute(f"... {x}")  # expect: python-sql/interpolated-sql-in-execute
 *   # ok: python-sql/interpolated-sql-in-execute
 *   cursor.execute("... %s", (x,))
 *
 * `expect:` marks a line that must be reported, `ok:` a near miss that must not. Placement follows
 * suppression comments: a trailing comment applies to its own line; a comment on a line of its
 * own applies to the next line that is neither blank nor a comment. Several ids may be listed,
 * separated by commas. Works for `#`, `//` and `/* *\/` comments (Python, JS/TS, YAML).
 */
export interface Expectation {
  kind: 'expect' | 'ok';
  ruleId: string;
  /** The line the expectation is about. */
  line: number;
  /** The line the comment is on. */
  commentLine: number;
}

const MARKER = /(#|\/\/|\/\*)\s*(expect|ok):\s*([a-z0-9/-]+(?:\s*,\s*[a-z0-9/-]+)*)/;
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*|\*)/;

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split('\n');
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const ownLine = line.slice(0, match.index).trim() === '';
    let target = index;
    if (ownLine) {
      target = index + 1;
      while (target < lines.length && (lines[target]!.trim() === '' || COMMENT_ONLY.test(lines[target]!))) target++;
    }
    for (const ruleId of match[3]!.split(',').map((id) => id.trim())) {
      expectations.push({ kind: match[2] as Expectation['kind'], ruleId, line: target + 1, commentLine: index + 1 });
    }
  });
  return expectations;
}
