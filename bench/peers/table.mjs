// Renders the comparison as Markdown tables (pure functions of the result rows).
import { FAMILIES } from './score.mjs';

const FAMILY_TITLES = { layering: 'layering', sql: 'SQL', joinedload: 'joinedload', 'sync-force': 'sync force', 'include-alias': 'include alias' };

const seconds = (value) => (value === undefined ? '—' : value >= 10 ? `${value.toFixed(1)} s` : `${value.toFixed(2)} s`);
const mib = (value) => (value === undefined ? '—' : `${Math.round(value)} MiB`);
const ratio = (value, reference) => (reference ? `${(value / reference).toFixed(value / reference >= 10 ? 0 : 1)}×` : '—');

/** `found/total`, `—` when the tool has no rule for the family, `n/e` when it cannot express it. */
function recallCell(row, family) {
  if (row.notExpressible?.includes(family)) return 'n/e';
  if (!row.families.includes(family)) return '—';
  const { found, total } = row.score.perFamily[family];
  return total === 0 ? '—' : `${found}/${total}`;
}

/**
 * One table: a row per tool with wall time (median), the ratio of its wall time to the reference
 * row's (constraint-gate), CPU, peak memory, recall per family and false positives.
 */
export function renderTable(rows, { reference, preExisting = false }) {
  const families = FAMILIES.filter((family) => rows.some((row) => row.families.includes(family) || row.notExpressible?.includes(family)));
  const head = ['corpus', 'tool (rules)', 'wall', '÷ constraint-gate', 'CPU', 'peak memory', ...families.map((family) => FAMILY_TITLES[family]), ...(preExisting ? ['pre-existing reported'] : []), 'false positives'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, index) => (index < 2 ? '---' : '---:')).join('|')}|`];
  let corpus;
  for (const row of rows) {
    const ref = rows.find((candidate) => candidate.corpus === row.corpus && candidate.key === reference);
    const cells = [
      row.corpus === corpus ? '' : row.corpus,
      row.label,
      seconds(row.wall),
      row.key === reference ? '1×' : ratio(row.wall, ref?.wall),
      seconds(row.cpu),
      mib(row.peakMiB),
      ...families.map((family) => recallCell(row, family)),
      ...(preExisting ? [String(row.score.preExisting)] : []),
      String(row.score.falsePositives.length),
    ];
    corpus = row.corpus;
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function renderContract(rows) {
  const lines = ['| tool | wall | CPU | peak memory | assertions passed | A% | operations covered |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const row of rows) {
    lines.push(`| ${row.label} | ${seconds(row.wall)} | ${seconds(row.cpu)} | ${mib(row.peakMiB)} | ${row.passed}/${row.total} | ${row.passRate.toFixed(1)} | ${row.operations ?? '—'} |`);
  }
  return lines.join('\n');
}
