import { basenameOf, dirnameOf, type Workspace } from '../../core/workspace.js';
import { readPackageJson } from './package-json.js';
import { readPipfile, readPyproject, readSetupCfg, readSetupPy } from './python-manifests.js';
import { isRequirementsFile, readRequirements } from './requirements.js';
import type { Manifest } from './types.js';

/** The kind of manifest a file is by its name, or undefined. */
export function manifestKind(path: string): Manifest['kind'] | undefined {
  const base = basenameOf(path);
  if (base === 'package.json') return 'package-json';
  if (base === 'pyproject.toml') return 'pyproject';
  if (base === 'Pipfile') return 'pipfile';
  if (base === 'setup.cfg') return 'setup-cfg';
  if (base === 'setup.py') return 'setup-py';
  if (isRequirementsFile(path)) return 'requirements';
  return undefined;
}

/** The directory a manifest describes: its own, except `requirements/*.txt`, which describe the parent. */
export function manifestDirectory(path: string): string {
  const dir = dirnameOf(path);
  if (manifestKind(path) === 'requirements' && basenameOf(dir).toLowerCase() === 'requirements') return dirnameOf(dir);
  return dir;
}

export function readManifest(workspace: Workspace, path: string): Manifest | undefined {
  switch (manifestKind(path)) {
    case 'package-json':
      return readPackageJson(workspace, path);
    case 'pyproject':
      return readPyproject(workspace, path);
    case 'pipfile':
      return readPipfile(workspace, path);
    case 'setup-cfg':
      return readSetupCfg(workspace, path);
    case 'setup-py':
      return readSetupPy(workspace, path);
    case 'requirements': {
      const problems: string[] = [];
      const dependencies = readRequirements(workspace, path, new Set(), problems);
      return { file: path, kind: 'requirements', dependencies, entries: [], problems };
    }
    default:
      return undefined;
  }
}
