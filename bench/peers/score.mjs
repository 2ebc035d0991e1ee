// Scores one tool's findings against the seeded defects of the corpus (pure functions).
//
// A finding is { family, file, line?, endLine? }, paths relative to the corpus root. It finds a
// defect of its family in the same file when their line ranges overlap; a finding without a line
// (dependency-cruiser reports modules, not lines) finds every defect of its family in that file.

export const FAMILIES = ['layering', 'sql', 'joinedload', 'sync-force', 'include-alias'];

const overlaps = (finding, defect) =>
  finding.family === defect.family &&
  finding.file === defect.file &&
  (finding.line === undefined || (finding.line <= defect.endLine && (finding.endLine ?? finding.line) >= defect.line));

/**
 * `defects` are the ones this run should find; `known` are other seeded defects (in the PR case,
 * the ones already on the base commit): a finding on one of those is pre-existing, not false.
 * Findings of no compared family are counted apart (`unscored`). Several findings on the same
 * defect (or the same false line) count once.
 */
export function score(findings, defects, known = []) {
  const perFamily = Object.fromEntries(FAMILIES.map((family) => [family, { found: 0, total: 0 }]));
  const found = new Set();
  const falsePositives = new Map();
  const preExisting = new Set();
  let unscored = 0;
  for (const finding of findings) {
    if (!FAMILIES.includes(finding.family)) {
      unscored++;
      continue;
    }
    const hits = defects.filter((defect) => overlaps(finding, defect));
    for (const defect of hits) found.add(defect);
    if (hits.length > 0) continue;
    const old = known.filter((defect) => overlaps(finding, defect));
    if (old.length > 0) old.forEach((defect) => preExisting.add(defect));
    else falsePositives.set(`${finding.family}|${finding.file}|${finding.line ?? ''}`, finding);
  }
  for (const defect of defects) {
    perFamily[defect.family].total++;
    if (found.has(defect)) perFamily[defect.family].found++;
  }
  return { perFamily, found: found.size, total: defects.length, falsePositives: [...falsePositives.values()], preExisting: preExisting.size, unscored };
}
