import { basenameOf, dirnameOf, joinPath, normaliseRelativePath } from '../../core/workspace.js';
import { tsconfigLookup, type ModuleAliases } from './tsconfig.js';

/**
 * Resolves JavaScript/TypeScript specifiers to repository files the way TypeScript's bundler/node
 * resolution would for sources: relative paths with or without extension, `index` files, `.js`
 * specifiers that name `.ts` sources, the nearest tsconfig/jsconfig `paths` and `baseUrl`, and
 * packages of the same monorepo by their package.json name.
 */
export interface JsResolver {
  resolve(fromFile: string, specifier: string): string | undefined;
  /** The package a bare specifier names (`@prisma/client`, `pg`), unless it is a path or an alias. */
  packageOf(fromFile: string, specifier: string): string | undefined;
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Emitted-file extensions a source may be imported by (ESM TypeScript writes `./x.js` for `./x.ts`). */
const SOURCE_FOR_EMITTED: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

export function jsResolver(allFiles: readonly string[], readText: (path: string) => string | undefined): JsResolver {
  const files = new Set(allFiles);
  const aliasesFor = tsconfigLookup(files, readText);
  const workspacePackages = workspacePackageDirectories(allFiles, readText);

  const asFile = (path: string): string | undefined => {
    if (files.has(path) && hasCodeExtension(path)) return path;
    const dot = path.lastIndexOf('.');
    const extension = dot > path.lastIndexOf('/') ? path.slice(dot) : '';
    for (const source of SOURCE_FOR_EMITTED[extension] ?? []) {
      const candidate = path.slice(0, dot) + source;
      if (files.has(candidate)) return candidate;
    }
    for (const ext of EXTENSIONS) if (files.has(path + ext)) return path + ext;
    if (files.has(path)) return path; // `./data.json` and other non-code files
    return undefined;
  };
  const fileMemo = new Map<string, string | undefined>();
  const asFileOrDirectory = (path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    if (fileMemo.has(path)) return fileMemo.get(path);
    const found = asFileOrIndex(path);
    fileMemo.set(path, found);
    return found;
  };
  const asFileOrIndex = (path: string): string | undefined => {
    const file = asFile(path);
    if (file) return file;
    for (const ext of EXTENSIONS) {
      const index = joinPath(path, `index${ext}`);
      if (files.has(index)) return index;
    }
    return undefined;
  };

  const viaAliases = (aliases: ModuleAliases, specifier: string): { matched: boolean; file?: string } => {
    let best: ModuleAliases['paths'][number] | undefined;
    for (const entry of aliases.paths) {
      const matches = entry.wildcard
        ? specifier.startsWith(entry.prefix) && specifier.endsWith(entry.suffix) && specifier.length >= entry.prefix.length + entry.suffix.length
        : specifier === entry.pattern;
      if (matches && (!best || entry.prefix.length > best.prefix.length)) best = entry;
    }
    if (best) {
      const captured = best.wildcard ? specifier.slice(best.prefix.length, specifier.length - best.suffix.length) : '';
      for (const target of best.targets) {
        const file = asFileOrDirectory(normaliseRelativePath(target.replace('*', captured)));
        if (file) return { matched: true, file };
      }
      return { matched: true };
    }
    if (aliases.baseUrl !== undefined) {
      const file = asFileOrDirectory(normaliseRelativePath(joinPath(aliases.baseUrl, specifier)));
      if (file) return { matched: true, file };
    }
    return { matched: false };
  };

  const aliasMemo = new WeakMap<ModuleAliases, Map<string, { matched: boolean; file?: string }>>();

  const viaWorkspacePackage = (specifier: string): string | undefined => {
    const name = packageName(specifier);
    const dir = workspacePackages.get(name);
    if (dir === undefined) return undefined;
    const subpath = specifier.slice(name.length + 1);
    if (subpath) return asFileOrDirectory(joinPath(dir.dir, subpath)) ?? asFileOrDirectory(joinPath(joinPath(dir.dir, 'src'), subpath));
    for (const entry of dir.entries) {
      const file = asFileOrDirectory(normaliseRelativePath(joinPath(dir.dir, entry)));
      if (file) return file;
    }
    return asFileOrDirectory(joinPath(dir.dir, 'src/index')) ?? asFileOrDirectory(joinPath(dir.dir, 'index'));
  };

  return {
    resolve(fromFile, specifier) {
      if (isRelative(specifier)) {
        const base = specifier.startsWith('/') ? specifier.slice(1) : joinPath(dirnameOf(fromFile), specifier);
        return asFileOrDirectory(normaliseRelativePath(base));
      }
      const aliases = aliasesFor(fromFile);
      if (aliases) {
        // Every file under one tsconfig resolves a bare specifier alike: `@/models/user` is looked up once.
        let memo = aliasMemo.get(aliases);
        if (!memo) aliasMemo.set(aliases, (memo = new Map()));
        let aliased = memo.get(specifier);
        if (!aliased) memo.set(specifier, (aliased = viaAliases(aliases, specifier)));
        if (aliased.matched) return aliased.file;
      }
      return viaWorkspacePackage(specifier);
    },
    packageOf(fromFile, specifier) {
      if (isRelative(specifier)) return undefined;
      const aliases = aliasesFor(fromFile);
      if (aliases?.paths.some((entry) => (entry.wildcard ? specifier.startsWith(entry.prefix) && specifier.endsWith(entry.suffix) : specifier === entry.pattern))) {
        return undefined;
      }
      return packageName(specifier);
    },
  };
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || specifier.startsWith('/');
}

function hasCodeExtension(path: string): boolean {
  return EXTENSIONS.some((ext) => path.endsWith(ext));
}

/** `@scope/name/sub` -> `@scope/name`; `lodash/fp` -> `lodash`; `node:fs/promises` -> `node:fs`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') && parts.length > 1 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Packages of a monorepo (package.json files in the repository), by name, with their entry points. */
function workspacePackageDirectories(
  allFiles: readonly string[],
  readText: (path: string) => string | undefined,
): Map<string, { dir: string; entries: string[] }> {
  const packages = new Map<string, { dir: string; entries: string[] }>();
  for (const file of allFiles) {
    if (basenameOf(file) !== 'package.json') continue;
    try {
      const manifest = JSON.parse(readText(file) ?? '') as { name?: unknown; main?: unknown; module?: unknown; source?: unknown; types?: unknown };
      if (typeof manifest.name !== 'string' || packages.has(manifest.name)) continue;
      const entries = [manifest.source, manifest.module, manifest.main, manifest.types].filter((entry): entry is string => typeof entry === 'string');
      packages.set(manifest.name, { dir: dirnameOf(file), entries });
    } catch {
      // Unreadable manifests are for the detector to complain about, not the resolver.
    }
  }
  return packages;
}
