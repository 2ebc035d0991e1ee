import type { SemanticCheck } from '../types.js';

/** A `constraint-gate: ignore` comment still suppresses without a reason, but says nothing to the next reader. */
export const suppressionReason: SemanticCheck = {
  name: 'suppression-reason',
  run(model, _project, _params, context) {
    const findings = [];
    for (const file of context.files) {
      const seen = new Set<number>();
      for (const suppression of model.files.get(file)?.suppressions ?? []) {
        if (suppression.reason || seen.has(suppression.commentLine)) continue;
        seen.add(suppression.commentLine);
        findings.push(
          context.finding({
            file,
            line: suppression.commentLine,
            message: `The suppression of \`${suppression.ruleId}\` gives no reason; add \`-- <why this is fine here>\`.`,
          }),
        );
      }
    }
    return findings;
  },
};
