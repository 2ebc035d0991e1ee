import { defaultConfig } from '../../src/config/load-config.js';
import type { Category, Finding, Report, Severity } from '../../src/core/types.js';
import { assembleReport } from '../../src/engine/assemble-report.js';

const CATEGORY_CYCLE: Category[] = ['data-layer', 'orm', 'framework', 'security'];

/** `count` findings cycling through error, warning and note, each on its own line of app/routes.py. */
export function manyFindings(count: number, severities: Severity[] = ['error', 'warning', 'note']): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    ruleId: `test/rule-${index % 7}`,
    category: CATEGORY_CYCLE[index % CATEGORY_CYCLE.length]!,
    severity: severities[index % severities.length]!,
    file: `app/routes_${index % 3}.py`,
    line: index + 1,
    endLine: index + 1,
    message: `Finding number ${index}`,
    aiAuthored: index % 2 === 0,
    fingerprint: `test/rule-${index % 7}:${index.toString(16).padStart(8, '0')}`,
  }));
}

/** A report as the engine would assemble it, for driving the renderers and `mode: publish`. */
export function handWrittenReport(findings: Finding[], options: { aiAuthoredLines?: number; addedLines?: number } = {}): Report {
  const addedLines = options.addedLines ?? 400;
  const aiLines = options.aiAuthoredLines ?? 0;
  return assembleReport({
    mode: 'check',
    config: defaultConfig(),
    projects: [],
    findings,
    rules: [],
    change: {
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      files: [
        {
          path: 'app/routes_0.py',
          status: 'modified',
          addedLines: Array.from({ length: addedLines }, (_, index) => index + 1),
          aiAuthoredLines: Array.from({ length: aiLines }, (_, index) => index + 1),
        },
      ],
    },
    analysedLines: 0,
  });
}
