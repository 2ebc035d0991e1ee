import type { Workspace } from '../../core/workspace.js';
import { normalisePythonName } from '../catalog.js';
import { driverExtras, requirementName } from './requirements.js';
import { parseTomlLite, stringsOf, type TomlValue } from './toml-lite.js';
import { isDevGroupName, type DeclaredDependency, type DeclaredEntry, type Manifest } from './types.js';

function dependency(name: string, scope: 'runtime' | 'dev', file: string, line: number): DeclaredDependency {
  return { ecosystem: 'python', name: normalisePythonName(name), scope, file, line };
}

/** PEP 508 strings of an array value. */
function pep508List(value: TomlValue, scope: 'runtime' | 'dev', file: string): DeclaredDependency[] {
  const out: DeclaredDependency[] = [];
  for (const item of stringsOf(value)) {
    const name = requirementName(item.value);
    if (!name) continue;
    for (const named of [name, ...driverExtras(item.value)]) out.push(dependency(named, scope, file, item.line));
  }
  return out;
}

/**
 * pyproject.toml: PEP 621 `[project]` dependencies and optional groups, PEP 735 `[dependency-groups]`,
 * Poetry tables, PDM and uv dev groups, and `[project.scripts]`/`[tool.poetry.scripts]` as entries.
 */
export function readPyproject(workspace: Workspace, file: string): Manifest {
  const manifest: Manifest = { file, kind: 'pyproject', dependencies: [], entries: [], problems: [] };
  const text = workspace.readText(file);
  if (text === undefined) return manifest;
  const document = parseTomlLite(text);
  manifest.problems.push(...document.problems.map((problem) => `${file}: ${problem}`));
  for (const { table, key, line, value } of document.entries) {
    const groupScope = (name: string) => (isDevGroupName(name) ? 'dev' : 'runtime');
    if (table === 'project' && key === 'dependencies') manifest.dependencies.push(...pep508List(value, 'runtime', file));
    else if (table === 'project.optional-dependencies' || table === 'dependency-groups') {
      manifest.dependencies.push(...pep508List(value, groupScope(key), file));
    } else if (table === 'tool.pdm.dev-dependencies' || (table === 'tool.uv' && key === 'dev-dependencies')) {
      manifest.dependencies.push(...pep508List(value, 'dev', file));
    } else if (table === 'tool.poetry.dependencies' || table === 'tool.poetry.dev-dependencies') {
      if (key.toLowerCase() === 'python') continue;
      manifest.dependencies.push(dependency(key, table === 'tool.poetry.dependencies' ? 'runtime' : 'dev', file, line));
    } else if (/^tool\.poetry\.group\.[^.]+\.dependencies$/.test(table)) {
      const group = table.split('.')[3]!;
      manifest.dependencies.push(dependency(key, groupScope(group), file, line));
    } else if ((table === 'project.scripts' || table === 'tool.poetry.scripts') && value.kind === 'string') {
      manifest.entries.push({ file, line, command: value.value });
    }
  }
  return manifest;
}

/** Pipfile: `[packages]` and `[dev-packages]`. */
export function readPipfile(workspace: Workspace, file: string): Manifest {
  const manifest: Manifest = { file, kind: 'pipfile', dependencies: [], entries: [], problems: [] };
  const text = workspace.readText(file);
  if (text === undefined) return manifest;
  const document = parseTomlLite(text);
  manifest.problems.push(...document.problems.map((problem) => `${file}: ${problem}`));
  for (const { table, key, line, value } of document.entries) {
    if (table === 'packages' || table === 'dev-packages') {
      manifest.dependencies.push(dependency(key, table === 'packages' ? 'runtime' : 'dev', file, line));
    } else if (table === 'scripts' && value.kind === 'string') {
      manifest.entries.push({ file, line, command: value.value });
    }
  }
  return manifest;
}

/**
 * setup.cfg: `install_requires` under `[options]`, each key of `[options.extras_require]`, and
 * `console_scripts` under `[options.entry_points]`. Values continue on indented lines (INI style).
 */
export function readSetupCfg(workspace: Workspace, file: string): Manifest {
  const manifest: Manifest = { file, kind: 'setup-cfg', dependencies: [], entries: [], problems: [] };
  const text = workspace.readText(file);
  if (text === undefined) return manifest;
  let section = '';
  let key = '';
  const lines = text.split(/\r?\n/);
  const take = (valueText: string, line: number) => {
    const value = valueText.replace(/(^|\s)[#;].*$/, '').trim();
    if (value === '') return;
    if (section === 'options' && key === 'install_requires') {
      const name = requirementName(value);
      if (name) manifest.dependencies.push(dependency(name, 'runtime', file, line));
    } else if (section === 'options.extras_require') {
      const name = requirementName(value);
      if (name) manifest.dependencies.push(dependency(name, isDevGroupName(key) ? 'dev' : 'runtime', file, line));
    } else if (section === 'options.entry_points' && key === 'console_scripts') {
      const target = value.split('=')[1]?.trim();
      if (target) manifest.entries.push({ file, line, command: target });
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === '' || /^\s*[#;]/.test(raw)) continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header && !/^\s/.test(raw)) {
      section = header[1]!.trim();
      key = '';
      continue;
    }
    if (/^\s/.test(raw)) {
      take(raw, index + 1);
      continue;
    }
    const assignment = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!assignment) continue;
    key = assignment[1]!.trim();
    take(assignment[2]!, index + 1);
  }
  return manifest;
}

/**
 * setup.py is code; only the literal strings of an `install_requires=[...]` list are read, which is
 * what nearly every setup.py declares. Anything computed is not seen.
 */
export function readSetupPy(workspace: Workspace, file: string): Manifest {
  const manifest: Manifest = { file, kind: 'setup-py', dependencies: [], entries: [], problems: [] };
  const text = workspace.readText(file);
  if (text === undefined) return manifest;
  const list = /install_requires\s*=\s*\[([^\]]*)\]/.exec(text);
  if (!list) return manifest;
  const start = list.index + list[0].indexOf('[');
  const pattern = /(['"])([^'"\n]+)\1/g;
  for (const match of list[1]!.matchAll(pattern)) {
    const name = requirementName(match[2]!);
    if (!name) continue;
    const offset = start + 1 + match.index;
    const line = text.slice(0, offset).split('\n').length;
    manifest.dependencies.push(dependency(name, 'runtime', file, line));
  }
  return manifest;
}

export type { DeclaredEntry };
