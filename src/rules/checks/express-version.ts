import type { Project } from '../../core/types.js';

/**
 * The lowest Express major version a project's manifest admits, from the `express` dependency
 * range detection recorded as evidence (`^4.19.2` -> 4, `>=4.17 <6` -> 4, `^5.0.0` -> 5,
 * `^4 || ^5` -> 4). Undefined when no manifest declares Express or the range says nothing about
 * a version (`latest`, `*`, a git URL, `workspace:*`).
 */
export function expressMajor(project: Project): number | undefined {
  const declared = project.evidence.filter((item) => item.kind === 'manifest' && item.subject === 'express' && item.version !== undefined);
  // A runtime dependency says what the app runs on; a dev dependency only what its tests use.
  const range = (declared.find((item) => !item.detail.startsWith('dev ')) ?? declared[0])?.version;
  return range === undefined ? undefined : lowestMajor(range);
}

export function lowestMajor(range: string): number | undefined {
  // `npm:express@^4.21.0` aliases name the range after the last `@`.
  const spec = range.startsWith('npm:') ? range.slice(range.lastIndexOf('@') + 1) : range;
  let lowest: number | undefined;
  for (const alternative of spec.split('||')) {
    const major = alternativeMajor(alternative.trim());
    if (major === undefined) return undefined;
    lowest = lowest === undefined ? major : Math.min(lowest, major);
  }
  return lowest;
}

/** One alternative of a range: the major of its lower bound, or of its upper bound when it has none. */
function alternativeMajor(alternative: string): number | undefined {
  // `4.17.1 - 4.21.0` hyphen ranges start at their first version.
  const comparators = [...alternative.matchAll(/(<=|>=|<|>|=|\^|~)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/g)];
  if (comparators.length === 0) return undefined;
  const lower = comparators.find((match) => !match[1]?.startsWith('<'));
  if (lower) return Number(lower[2]);
  const upper = comparators[0]!;
  const major = Number(upper[2]);
  // `<5` and `<5.0.0` admit 4.x; `<=5` and `<5.1` admit 5.
  const exclusiveAtMajor = upper[1] === '<' && [upper[3], upper[4]].every((part) => part === undefined || Number(part) === 0);
  return exclusiveAtMajor ? Math.max(0, major - 1) : major;
}
