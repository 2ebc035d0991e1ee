/**
 * The core's only view of a repository's files. The file-system implementation lives at the
 * edge (src/io); tests use the in-memory one.
 */
export interface Workspace {
  /** Absolute path of the repository root; used for display and for worker threads that read files themselves. */
  readonly root: string;
  /** Every analysable file, repository-relative with `/`, sorted. Dependency, VCS and cache folders are never listed. */
  listFiles(): readonly string[];
  /** Text of a file, or undefined when it is missing, unreadable or binary. */
  readText(path: string): string | undefined;
  /** Size in bytes, or undefined when missing. */
  size(path: string): number | undefined;
  /**
   * The content hash of a file when it is known without reading it (the git blob id of a file git
   * reports unchanged; equal to `contentHash` of its text), else undefined.
   */
  contentId?(path: string): string | undefined;
}

export function memoryWorkspace(files: Record<string, string>, root = '/virtual'): Workspace {
  const paths = Object.keys(files).sort();
  return {
    root,
    listFiles: () => paths,
    readText: (path) => files[path],
    size: (path) => (files[path] === undefined ? undefined : Buffer.byteLength(files[path]!)),
  };
}

/** POSIX helpers for repository-relative paths (never platform paths). */
export function dirnameOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index < 0 ? '.' : path.slice(0, index);
}

export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '.' || dir === '') return name;
  return `${dir}/${name}`;
}

/** True when `path` is `dir` itself or lies below it. `.` contains everything. */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/** Collapses `.` and `..` segments of a repository-relative path; undefined when it leaves the repository. */
export function normaliseRelativePath(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}
