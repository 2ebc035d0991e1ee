import type { Workspace } from '../../core/workspace.js';
import type { DeclaredDependency, Manifest } from './types.js';

/** 1-based line of the first `"key"` at or after `from` in the text; `fallback` when absent. */
function lineOfKey(text: string, key: string, from: number, fallback: number): { line: number; index: number } {
  const index = text.indexOf(JSON.stringify(key), from);
  if (index < 0) return { line: fallback, index: from };
  return { line: text.slice(0, index).split('\n').length, index };
}

const RUNTIME_SECTIONS = ['dependencies', 'optionalDependencies'] as const;
const DEV_SECTIONS = ['devDependencies'] as const;
const ENTRY_SCRIPTS = ['start', 'serve', 'dev', 'start:prod'] as const;

/**
 * package.json: runtime (`dependencies`, `optionalDependencies`) and dev dependencies, the `name`, a
 * `workspaces` field, and the entries that start the app (`main`, `bin`, `scripts.start`/`serve`/`dev`).
 * Peer dependencies are what a library expects from its host, not what it runs on; they are ignored.
 */
export function readPackageJson(workspace: Workspace, file: string): Manifest {
  const manifest: Manifest = { file, kind: 'package-json', dependencies: [], entries: [], problems: [] };
  const text = workspace.readText(file);
  if (text === undefined) return manifest;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    manifest.problems.push(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}); its dependencies are ignored`);
    return manifest;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    manifest.problems.push(`${file}: expected a JSON object; its dependencies are ignored`);
    return manifest;
  }
  const json = data as Record<string, unknown>;
  if (typeof json.name === 'string') manifest.packageName = json.name;
  if (json.workspaces !== undefined) manifest.workspaces = true;

  const sections: [string, 'runtime' | 'dev'][] = [
    ...RUNTIME_SECTIONS.map((name): [string, 'runtime'] => [name, 'runtime']),
    ...DEV_SECTIONS.map((name): [string, 'dev'] => [name, 'dev']),
  ];
  for (const [section, scope] of sections) {
    const table = json[section];
    if (typeof table !== 'object' || table === null) continue;
    const sectionAt = lineOfKey(text, section, 0, 1);
    for (const name of Object.keys(table).sort()) {
      const at = lineOfKey(text, name, sectionAt.index, sectionAt.line);
      const range = (table as Record<string, unknown>)[name];
      const entry: DeclaredDependency = { ecosystem: 'node', name, scope, file, line: at.line, ...(typeof range === 'string' ? { version: range } : {}) };
      manifest.dependencies.push(entry);
    }
  }

  if (typeof json.main === 'string') manifest.entries.push({ file, line: lineOfKey(text, 'main', 0, 1).line, command: json.main });
  const bin = json.bin;
  if (typeof bin === 'string') manifest.entries.push({ file, line: lineOfKey(text, 'bin', 0, 1).line, command: bin });
  else if (typeof bin === 'object' && bin !== null) {
    const binAt = lineOfKey(text, 'bin', 0, 1);
    for (const [name, target] of Object.entries(bin)) {
      if (typeof target === 'string') manifest.entries.push({ file, line: lineOfKey(text, name, binAt.index, binAt.line).line, command: target });
    }
  }
  const scripts = json.scripts;
  if (typeof scripts === 'object' && scripts !== null) {
    const scriptsAt = lineOfKey(text, 'scripts', 0, 1);
    for (const name of ENTRY_SCRIPTS) {
      const command = (scripts as Record<string, unknown>)[name];
      if (typeof command === 'string') manifest.entries.push({ file, line: lineOfKey(text, name, scriptsAt.index, scriptsAt.line).line, command });
    }
  }
  return manifest;
}
