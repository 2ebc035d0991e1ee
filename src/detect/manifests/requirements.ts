import { basenameOf, dirnameOf, joinPath, normaliseRelativePath, type Workspace } from '../../core/workspace.js';
import { PYTHON_DATA_DISTRIBUTIONS, normalisePythonName } from '../catalog.js';
import { isDevGroupName, type DeclaredDependency } from './types.js';

/** True for pip requirement files by name: `requirements*.txt`, `*requirements.txt`, `requirements/*.txt`. */
export function isRequirementsFile(path: string): boolean {
  const base = basenameOf(path).toLowerCase();
  if (!base.endsWith('.txt')) return false;
  if (base.startsWith('requirements') || base.endsWith('requirements.txt')) return true;
  return basenameOf(dirnameOf(path)).toLowerCase() === 'requirements';
}

function scopeOf(path: string): 'runtime' | 'dev' {
  const stem = basenameOf(path).replace(/\.txt$/i, '');
  return isDevGroupName(stem) ? 'dev' : 'runtime';
}


/** The distribution name a requirement line names, or undefined for options, paths and unnamed URLs. */
export function requirementName(line: string): string | undefined {
  const text = line.trim();
  if (text === '' || text.startsWith('-') || text.startsWith('.') || text.startsWith('/')) {
    // `-e git+...#egg=name` still names a package.
    const egg = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text);
    return egg ? egg[1] : undefined;
  }
  const egg = /^[a-z+]+:\/\/.*#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/i.exec(text);
  if (egg) return egg[1];
  if (/^[a-z+]+:\/\//i.test(text)) return undefined;
  // PEP 508: name, then optional [extras], version specifiers, `@ url`, `; markers`.
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text);
  return match?.[1];
}

/**
 * Extras of a requirement that are themselves database drivers (`tortoise-orm[asyncpg]`,
 * `databases[postgresql]` is not one): installing the extra installs the driver. Other extras
 * (`uvicorn[standard]`, `sentry-sdk[flask]`) are ignored on purpose: they say nothing about what the
 * app itself imports.
 */
export function driverExtras(line: string): string[] {
  const match = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(line.trim());
  if (!match) return [];
  return match[1]!.split(',').map((extra) => normalisePythonName(extra.trim())).filter((extra) => PYTHON_DATA_DISTRIBUTIONS[extra]?.engine !== undefined);
}

/**
 * Reads a requirements file and the files it pulls in with `-r`/`--requirement` (relative to the
 * including file). `-c` constraint files only pin versions, so they declare nothing. Each dependency is
 * attributed to the file and line that names it.
 */
export function readRequirements(workspace: Workspace, path: string, seen: Set<string> = new Set(), problems: string[] = []): DeclaredDependency[] {
  if (seen.has(path)) return [];
  seen.add(path);
  const text = workspace.readText(path);
  if (text === undefined) return [];
  const scope = scopeOf(path);
  const dependencies: DeclaredDependency[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    let raw = lines[index]!;
    // A trailing backslash continues the requirement (hash pinning); only the first line names it.
    raw = raw.replace(/(^|\s)#.*$/, '').trim();
    if (raw === '') continue;
    const include = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(raw);
    if (include) {
      const target = normaliseRelativePath(joinPath(dirnameOf(path), include[1]!));
      if (target === undefined) continue;
      if (workspace.readText(target) === undefined) {
        problems.push(`${path}:${index + 1}: included requirements file ${include[1]} was not found`);
        continue;
      }
      dependencies.push(...readRequirements(workspace, target, seen, problems));
      continue;
    }
    if (/^(?:-c|--constraint|--index-url|--extra-index-url|-i|-f|--find-links|--trusted-host|--no-binary|--only-binary|--pre|--hash)\b/.test(raw)) continue;
    const name = requirementName(raw);
    if (!name) continue;
    for (const dependency of [name, ...driverExtras(raw)]) {
      dependencies.push({ ecosystem: 'python', name: normalisePythonName(dependency), scope, file: path, line: index + 1 });
    }
  }
  return dependencies;
}
