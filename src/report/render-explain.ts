import type { ProjectExplanation } from '../engine/explain.js';

function table(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `    ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd());
}

/** `explain` as text: per project, the routes table, the layers, the models and the database evidence. */
export function renderExplainText(explanations: readonly ProjectExplanation[]): string {
  if (explanations.length === 0) return 'No backend project found.\n';
  const out: string[] = [];
  for (const { project, routes, layering, layers, unlayeredFiles, models, database } of explanations) {
    out.push(`${project.root} — ${project.framework} (${project.language}), orm ${project.orm ?? 'none seen'}, database ${project.database ?? 'none seen'}`);
    out.push('', `  Routes (${routes.length}):`);
    out.push(
      ...table(
        routes.map((route) => [
          route.method,
          route.path + (route.partial ? '  (partial)' : ''),
          route.handler ? `${route.handler.file}:${route.handler.line}${route.handler.name ? ` ${route.handler.name}` : ''}` : `${route.file}:${route.line}`,
        ]),
      ),
    );
    out.push('', `  Layers (${layering === 'declared' ? 'declared architecture' : 'clean preset; no architecture declared'}):`);
    out.push(...table(layers.map(({ file, layer }) => [layer, file])));
    if (unlayeredFiles) out.push(`    (${unlayeredFiles} files in no layer)`);
    out.push('', `  Models (${models.length}):`);
    for (const entry of models) {
      out.push(`    ${entry.name} [${entry.orm}] ${entry.file}:${entry.line}${entry.table ? ` table ${entry.table}` : ''}`);
      if (entry.fields.length) out.push(`      fields: ${entry.fields.map((field) => field.name).join(', ')}`);
      for (const relation of entry.relations) {
        out.push(`      ${relation.name}: ${relation.kind} -> ${relation.target}${relation.alias ? ` as ${relation.alias}` : ''}${relation.lazy ? ` lazy=${relation.lazy}` : ''}`);
      }
    }
    out.push('', `  Database evidence (${database.length}):`);
    out.push(...table(database.map((entry) => [entry.engine ?? '?', entry.kind, `${entry.file}:${entry.line}`, entry.detail])));
    out.push('');
  }
  return `${out.join('\n')}`;
}
