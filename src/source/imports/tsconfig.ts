import { dirnameOf, joinPath, normaliseRelativePath } from '../../core/workspace.js';

/** What module resolution needs from a tsconfig.json/jsconfig.json, after following `extends`. */
export interface ModuleAliases {
  /** Repository-relative directory non-relative specifiers are tried against; undefined when unset. */
  baseUrl?: string;
  /** `paths` patterns with their targets already made repository-relative. */
  paths: { pattern: string; prefix: string; suffix: string; wildcard: boolean; targets: string[] }[];
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
const MAX_EXTENDS_DEPTH = 10;

/**
 * Finds the nearest tsconfig.json (or jsconfig.json) above each file and reads its aliases,
 * memoised per directory. `readText` is the workspace's reader; a config that cannot be read or
 * parsed counts as absent.
 */
export function tsconfigLookup(files: ReadonlySet<string>, readText: (path: string) => string | undefined): (fromFile: string) => ModuleAliases | undefined {
  const byDirectory = new Map<string, ModuleAliases | undefined>();
  const byConfig = new Map<string, ModuleAliases | undefined>();

  const loadConfig = (configPath: string): ModuleAliases | undefined => {
    if (byConfig.has(configPath)) return byConfig.get(configPath);
    byConfig.set(configPath, undefined); // guards against `extends` cycles
    const aliases = readAliases(configPath, files, readText, 0);
    byConfig.set(configPath, aliases);
    return aliases;
  };

  const forDirectory = (dir: string): ModuleAliases | undefined => {
    if (byDirectory.has(dir)) return byDirectory.get(dir);
    let found: ModuleAliases | undefined;
    const config = CONFIG_NAMES.map((name) => joinPath(dir, name)).find((candidate) => files.has(candidate));
    if (config) found = loadConfig(config);
    else if (dir !== '.') found = forDirectory(dirnameOf(dir));
    byDirectory.set(dir, found);
    return found;
  };

  return (fromFile) => forDirectory(dirnameOf(fromFile));
}

interface RawCompilerOptions {
  baseUrl?: unknown;
  paths?: unknown;
}

function readAliases(
  configPath: string,
  files: ReadonlySet<string>,
  readText: (path: string) => string | undefined,
  depth: number,
): ModuleAliases | undefined {
  const text = readText(configPath);
  if (text === undefined) return undefined;
  let config: { extends?: unknown; compilerOptions?: RawCompilerOptions };
  try {
    config = JSON.parse(stripJsonComments(text)) as typeof config;
  } catch {
    return undefined;
  }
  const dir = dirnameOf(configPath);
  // Start from what the extended configs say; this file's own settings override them.
  let inherited: ModuleAliases = { paths: [] };
  const parents = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  if (depth < MAX_EXTENDS_DEPTH) {
    for (const parent of parents) {
      if (typeof parent !== 'string' || !parent.startsWith('.')) continue; // packages live in node_modules, never listed
      let parentPath = normaliseRelativePath(joinPath(dir, parent));
      if (parentPath && !files.has(parentPath) && files.has(`${parentPath}.json`)) parentPath = `${parentPath}.json`;
      if (!parentPath || !files.has(parentPath)) continue;
      const parentAliases = readAliases(parentPath, files, readText, depth + 1);
      if (!parentAliases) continue;
      inherited = {
        baseUrl: parentAliases.baseUrl ?? inherited.baseUrl,
        paths: parentAliases.paths.length > 0 ? parentAliases.paths : inherited.paths,
      };
    }
  }
  const options = config.compilerOptions ?? {};
  const baseUrl = typeof options.baseUrl === 'string' ? normaliseRelativePath(joinPath(dir, options.baseUrl)) : inherited.baseUrl;
  let paths = inherited.paths;
  if (options.paths && typeof options.paths === 'object') {
    // Targets are relative to baseUrl when there is one, else to the config that declares them.
    const targetBase = baseUrl ?? dir;
    paths = [];
    for (const [pattern, targets] of Object.entries(options.paths as Record<string, unknown>)) {
      if (!Array.isArray(targets)) continue;
      const star = pattern.indexOf('*');
      paths.push({
        pattern,
        prefix: star < 0 ? pattern : pattern.slice(0, star),
        suffix: star < 0 ? '' : pattern.slice(star + 1),
        wildcard: star >= 0,
        targets: targets.filter((target): target is string => typeof target === 'string').map((target) => normaliseRelativePath(joinPath(targetBase, target)) ?? target),
      });
    }
  } else if (typeof options.baseUrl === 'string' && inherited.paths.length > 0 && inherited.baseUrl !== baseUrl) {
    // Inherited paths stay relative to where they were declared: nothing to rebase.
    paths = inherited.paths;
  }
  return { ...(baseUrl !== undefined ? { baseUrl } : {}), paths };
}

/** tsconfig files are JSON with comments and trailing commas. */
export function stripJsonComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      const start = index++;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      out += text.slice(start, ++index);
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else {
      out += char;
      index++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
