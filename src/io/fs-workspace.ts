import { readFileSync, statSync, realpathSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Workspace } from '../core/workspace.js';

/** Folders that are never source: dependencies, VCS data, caches, virtualenvs. */
export const ALWAYS_IGNORED = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/__pycache__/**',
  '**/.venv/**',
  '**/venv/**',
  '**/.tox/**',
  '**/.mypy_cache/**',
  '**/.pytest_cache/**',
  '**/.ruff_cache/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/.turbo/**',
  '**/.constraint-gate-cache/**',
  '**/site-packages/**',
];

export interface FsWorkspaceOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  /** Content hashes known without reading the files (git blob ids), by repository-relative path. */
  contentIds?: ReadonlyMap<string, string>;
  /** The listing, when the caller made it ahead (listWorkspaceFiles, while git was running). */
  files?: readonly string[];
}

function listingOptions(root: string, options: Pick<FsWorkspaceOptions, 'include' | 'exclude'>) {
  return {
    patterns: options.include && options.include.length > 0 ? [...options.include] : ['**/*'],
    settings: {
      cwd: root,
      dot: true,
      onlyFiles: true,
      // Neither lists symbolic links nor enters linked folders: a listed file is a regular file
      // inside the repository. readText checks any other path it is asked for.
      followSymbolicLinks: false,
      ignore: [...ALWAYS_IGNORED, ...(options.exclude ?? [])],
      suppressErrors: true,
    },
  };
}

/**
 * The files fsWorkspace would list. Synchronous on purpose: fast-glob's asynchronous walk costs
 * three times as much; a caller overlaps it with git by starting git first.
 */
export function listWorkspaceFiles(root: string, options: Pick<FsWorkspaceOptions, 'include' | 'exclude'> = {}): string[] {
  const { patterns, settings } = listingOptions(path.resolve(root), options);
  return fg.sync(patterns, settings).sort();
}

export function fsWorkspace(root: string, options: FsWorkspaceOptions = {}): Workspace {
  const absoluteRoot = path.resolve(root);
  const realRoot = realpathSync(absoluteRoot);
  let files: string[] | undefined = options.files ? [...options.files] : undefined;
  let listed: Set<string> | undefined = files ? new Set(files) : undefined;

  const list = (): string[] => {
    if (files) return files;
    files = listWorkspaceFiles(absoluteRoot, options);
    listed = new Set(files);
    return files;
  };

  const insideRepository = (relative: string): string | undefined => {
    const absolute = path.join(absoluteRoot, relative);
    // Resolving the real path is most of the cost of reading a small file; listed files need none.
    if (listed?.has(relative)) return absolute;
    try {
      const real = realpathSync(absolute);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return undefined;
      return real;
    } catch {
      return undefined;
    }
  };

  return {
    root: absoluteRoot,
    listFiles: list,
    readText(relative) {
      const real = insideRepository(relative);
      if (!real) return undefined;
      try {
        const buffer = readFileSync(real);
        if (buffer.subarray(0, 8000).includes(0)) return undefined;
        return buffer.toString('utf8');
      } catch {
        return undefined;
      }
    },
    contentId: (relative) => options.contentIds?.get(relative),
    size(relative) {
      const real = insideRepository(relative);
      if (!real) return undefined;
      try {
        return statSync(real).size;
      } catch {
        return undefined;
      }
    },
  };
}
