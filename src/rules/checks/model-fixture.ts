import { emptyFacts, type FileFacts } from '../../source/facts.js';
import type { ImportEdge, SourceModel } from '../../source/model.js';

/** A hand-built source model for unit tests of the checks: facts per file and resolved edges. */
export function fakeModel(files: Record<string, Partial<FileFacts>>, edges: Partial<ImportEdge>[] = []): SourceModel {
  const map = new Map<string, FileFacts>();
  for (const [path, partial] of Object.entries(files)) {
    const grammar = path.endsWith('.py') ? 'python' : path.endsWith('.ts') ? 'typescript' : 'javascript';
    map.set(path, { ...emptyFacts(path, grammar, '', 10), ...partial });
  }
  const full: ImportEdge[] = edges.map((edge) => ({ from: '', specifier: '', line: 1, names: [], locals: [], typeOnly: false, ...edge }));
  return {
    files: map,
    graph: {
      edgesFrom: (file) => full.filter((edge) => edge.from === file),
      edgesTo: (file) => full.filter((edge) => edge.to === file),
      resolve: () => undefined,
    },
    notes: [],
    stats: { files: map.size, parsed: map.size, fromCache: 0, skipped: 0, lines: 0, durationMs: 0 },
  };
}
