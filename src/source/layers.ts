import type { LayerDefinition } from '../config/types.js';
import { isWithin } from '../core/workspace.js';

/**
 * Which declared architecture layer a file belongs to. Layer globs are relative to the project
 * root. A file can match several layers (`app/services/models.py` matches `**\/services/**` and
 * `**\/models.py`); the layer whose matching literal path segment lies deepest wins, because the
 * folder (or file name) nearest to the code says most about its role.
 */

export interface LayerClassifier {
  /** Layer name of a repository-relative file, or undefined when it is in no layer (or outside the project). */
  layerOf(file: string): string | undefined;
  readonly layers: Readonly<Record<string, LayerDefinition>>;
}

interface CompiledGlob {
  pattern: RegExp;
  /** Literal segments of the glob, with and without extension, for ranking competing layers. */
  literals: Set<string>;
}

export function createLayerClassifier(projectRoot: string, layers: Readonly<Record<string, LayerDefinition>>): LayerClassifier {
  const compiled = Object.entries(layers).map(([name, layer]) => ({ name, globs: layer.paths.map(compileLayerGlob) }));
  const cache = new Map<string, string | undefined>();
  const layerOf = (file: string): string | undefined => {
    if (cache.has(file)) return cache.get(file);
    let result: string | undefined;
    if (isWithin(file, projectRoot)) {
      const relative = projectRoot === '.' ? file : file.slice(projectRoot.length + 1);
      const segments = relative.split('/');
      let best = -1;
      for (const { name, globs } of compiled) {
        for (const glob of globs) {
          if (!glob.pattern.test(relative)) continue;
          const depth = deepestLiteral(segments, glob.literals);
          if (depth > best) {
            best = depth;
            result = name;
          }
        }
      }
    }
    cache.set(file, result);
    return result;
  };
  return { layerOf, layers };
}

function deepestLiteral(segments: string[], literals: Set<string>): number {
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!;
    if (literals.has(segment) || literals.has(stripExtension(segment))) return index;
  }
  return 0;
}

const stripExtension = (segment: string): string => segment.replace(/\.[^.]*$/, '');

function compileLayerGlob(glob: string): CompiledGlob {
  const literals = new Set<string>();
  for (const segment of glob.split('/')) {
    if (!/[*?{}[\]]/.test(segment) && segment !== '') {
      literals.add(segment);
      literals.add(stripExtension(segment));
    }
  }
  return { pattern: globToRegExp(glob), literals };
}

/**
 * A small glob dialect (`**`, `*`, `?`, `{a,b}`) for paths with `/` separators, matched against
 * the whole path. Enough for layer and rule paths; not a general minimatch.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let index = 0;
  let braces = 0;
  while (index < glob.length) {
    const char = glob[index]!;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const atSegmentStart = index === 0 || glob[index - 1] === '/';
        const atSegmentEnd = glob[index + 2] === '/' || index + 2 === glob.length;
        if (atSegmentStart && glob[index + 2] === '/') {
          source += '(?:[^/]*/)*';
          index += 3;
          continue;
        }
        if (atSegmentStart && atSegmentEnd) {
          source += '.*';
          index += 2;
          continue;
        }
        source += '[^/]*';
        index += 2;
        continue;
      }
      source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
    index++;
  }
  return new RegExp(`^${source}$`);
}
