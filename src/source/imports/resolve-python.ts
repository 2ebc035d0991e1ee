import { basenameOf, dirnameOf, isWithin, joinPath } from '../../core/workspace.js';

/**
 * Resolves Python imports to repository files. Package roots (the directories Python would have
 * on sys.path) are inferred from the layout: the parent of every top-level package (a directory
 * chain with `__init__.py`), every directory holding a pyproject.toml/setup.py/setup.cfg and its
 * `src/`, and the repository root. A file outside any package also sees its own directory, as a
 * script run with `python app.py` does.
 */
export interface PythonResolver {
  readonly roots: readonly string[];
  /** The module file `specifier` names when imported from `fromFile`; `level` counts leading dots when not in the specifier. */
  resolveModule(fromFile: string, specifier: string, level?: number): string | undefined;
  /** True when the module exists in the repository, as a file or as a namespace-package directory. */
  exists(fromFile: string, specifier: string, level?: number): boolean;
}

const PROJECT_MARKERS = new Set(['pyproject.toml', 'setup.py', 'setup.cfg']);

export function pythonResolver(allFiles: readonly string[]): PythonResolver {
  const files = new Set<string>();
  const directories = new Set<string>();
  const packages = new Set<string>();
  const roots = new Set<string>(['.']);
  const markers: string[] = [];

  for (const file of allFiles) {
    const name = basenameOf(file);
    if (PROJECT_MARKERS.has(name)) markers.push(dirnameOf(file));
    if (!file.endsWith('.py') && !file.endsWith('.pyi')) continue;
    files.add(file);
    if (name === '__init__.py' || name === '__init__.pyi') packages.add(dirnameOf(file));
    for (let dir = dirnameOf(file); dir !== '.' && !directories.has(dir); dir = dirnameOf(dir)) directories.add(dir);
  }
  for (const pkg of packages) {
    let top = pkg;
    while (packages.has(dirnameOf(top)) && dirnameOf(top) !== '.') top = dirnameOf(top);
    roots.add(dirnameOf(top));
  }
  for (const marker of markers) {
    roots.add(marker);
    if (directories.has(joinPath(marker, 'src'))) roots.add(joinPath(marker, 'src'));
  }
  // Deepest first: the most specific root wins when several contain the importing file.
  const orderedRoots = [...roots].sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));

  // Resolution runs for every import of every file: memoise the lookups many files share.
  const moduleMemo = new Map<string, string | undefined>();
  const moduleAt = (base: string, dotted: string): string | undefined => {
    const memoKey = `${base}\u0000${dotted}`;
    if (moduleMemo.has(memoKey)) return moduleMemo.get(memoKey);
    const stem = dotted === '' ? base : joinPath(base, dotted.replaceAll('.', '/'));
    let found: string | undefined;
    if (dotted !== '') found = [`${stem}.py`, `${stem}.pyi`].find((candidate) => files.has(candidate));
    found ??= [joinPath(stem, '__init__.py'), joinPath(stem, '__init__.pyi')].find((candidate) => files.has(candidate));
    moduleMemo.set(memoKey, found);
    return found;
  };
  const directoryAt = (base: string, dotted: string): boolean =>
    directories.has(dotted === '' ? base : joinPath(base, dotted.replaceAll('.', '/')));

  // Directories that search the same roots in the same order share one array, so absolute
  // imports are memoised per search order rather than per directory (sibling packages agree).
  const searchOrders = new Map<string, string[]>();
  const rootsMemo = new Map<string, string[]>();
  const rootsFor = (fromFile: string): string[] => {
    const own = dirnameOf(fromFile);
    let memo = rootsMemo.get(own);
    if (!memo) {
      const containing = orderedRoots.filter((root) => isWithin(own, root));
      const others = orderedRoots.filter((root) => !isWithin(own, root));
      const order = packages.has(own) ? [...containing, ...others] : [own, ...containing.filter((root) => root !== own), ...others];
      const orderKey = order.join('\u0000');
      memo = searchOrders.get(orderKey);
      if (!memo) searchOrders.set(orderKey, (memo = order));
      rootsMemo.set(own, memo);
    }
    return memo;
  };
  const searchOrderIds = new Map<string[], number>();
  const searchOrderId = (fromFile: string): number => {
    const order = rootsFor(fromFile);
    let id = searchOrderIds.get(order);
    if (id === undefined) searchOrderIds.set(order, (id = searchOrderIds.size));
    return id;
  };

  /** Where a relative import starts: the importing file's package, `level - 1` levels up. */
  const relativeBase = (fromFile: string, level: number): string | undefined => {
    let base = dirnameOf(fromFile);
    for (let step = 1; step < level; step++) {
      if (base === '.') return undefined;
      base = dirnameOf(base);
    }
    return base;
  };

  const locate = (fromFile: string, specifier: string, level: number | undefined, find: (base: string, dotted: string) => boolean): string | undefined => {
    let dots = 0;
    while (specifier[dots] === '.') dots++;
    const dotted = specifier.slice(dots);
    const effectiveLevel = dots > 0 ? dots : (level ?? 0);
    if (effectiveLevel > 0) {
      const base = relativeBase(fromFile, effectiveLevel);
      return base !== undefined && find(base, dotted) ? base : undefined;
    }
    if (dotted === '') return undefined;
    // Most absolute imports name installed packages: rule a root out on the first segment alone.
    const dot = dotted.indexOf('.');
    const first = dot < 0 ? dotted : dotted.slice(0, dot);
    for (const root of rootsFor(fromFile)) {
      const top = joinPath(root, first);
      if (!files.has(`${top}.py`) && !files.has(`${top}.pyi`) && !directories.has(top)) continue;
      if (find(root, dotted)) return root;
    }
    return undefined;
  };

  const absoluteMemo = new Map<string, string | undefined>();
  const existsMemo = new Map<string, boolean>();

  const splitSpecifier = (specifier: string): string => specifier.replace(/^\.+/, '');

  return {
    roots: orderedRoots,
    resolveModule(fromFile, specifier, level) {
      const absolute = !specifier.startsWith('.') && !level;
      // Absolute imports resolve the same from every file that searches the same roots in the same order.
      const memoKey = absolute ? `${searchOrderId(fromFile)}\u0000${specifier}` : undefined;
      if (memoKey !== undefined && absoluteMemo.has(memoKey)) return absoluteMemo.get(memoKey);
      const base = locate(fromFile, specifier, level, (root, dotted) => moduleAt(root, dotted) !== undefined);
      const found = base === undefined ? undefined : moduleAt(base, splitSpecifier(specifier));
      if (memoKey !== undefined) absoluteMemo.set(memoKey, found);
      return found;
    },
    exists(fromFile, specifier, level) {
      const memoKey = !specifier.startsWith('.') && !level ? `${searchOrderId(fromFile)}\u0000${specifier}` : undefined;
      const known = memoKey === undefined ? undefined : existsMemo.get(memoKey);
      if (known !== undefined) return known;
      const found = locate(fromFile, specifier, level, (root, dotted) => moduleAt(root, dotted) !== undefined || directoryAt(root, dotted)) !== undefined;
      if (memoKey !== undefined) existsMemo.set(memoKey, found);
      return found;
    },
  };
}

function depth(dir: string): number {
  return dir === '.' ? 0 : dir.split('/').length;
}
