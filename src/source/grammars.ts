import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import { bundledAsset } from '../core/bundle-assets.js';

/**
 * Loads web-tree-sitter and the grammars once per process (and once per worker thread).
 * In the bundle the `.wasm` files sit in `dist/wasm/`; from source they come from node_modules.
 */

export type GrammarName = 'python' | 'javascript' | 'typescript' | 'tsx';

const WASM_FILES: Record<GrammarName | 'runtime', { bundled: string; module: string }> = {
  runtime: { bundled: 'tree-sitter.wasm', module: 'web-tree-sitter/tree-sitter.wasm' },
  python: { bundled: 'tree-sitter-python.wasm', module: 'tree-sitter-python/tree-sitter-python.wasm' },
  javascript: { bundled: 'tree-sitter-javascript.wasm', module: 'tree-sitter-javascript/tree-sitter-javascript.wasm' },
  typescript: { bundled: 'tree-sitter-typescript.wasm', module: 'tree-sitter-typescript/tree-sitter-typescript.wasm' },
  tsx: { bundled: 'tree-sitter-tsx.wasm', module: 'tree-sitter-typescript/tree-sitter-tsx.wasm' },
};

function wasmPath(name: GrammarName | 'runtime'): string {
  const bundled = bundledAsset(import.meta.url, `wasm/${WASM_FILES[name].bundled}`);
  if (bundled) return bundled;
  return createRequire(import.meta.url).resolve(WASM_FILES[name].module);
}

let initialised: Promise<void> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();

export function initParser(): Promise<void> {
  initialised ??= Parser.init({ locateFile: () => wasmPath('runtime') });
  return initialised;
}

export async function loadGrammar(name: GrammarName): Promise<Language> {
  await initParser();
  let language = languages.get(name);
  if (!language) {
    language = Language.load(wasmPath(name));
    languages.set(name, language);
  }
  return language;
}

/** One parser per grammar: web-tree-sitter parsers are cheap to keep and costly to create in a hot loop. */
const parsers = new Map<GrammarName, Parser>();

export async function parserFor(name: GrammarName): Promise<Parser> {
  let parser = parsers.get(name);
  if (!parser) {
    const language = await loadGrammar(name);
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(name, parser);
  }
  return parser;
}

export function grammarForPath(file: string): GrammarName | undefined {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'py':
    case 'pyi':
      return 'python';
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'jsx':
      return 'javascript';
    case 'ts':
    case 'mts':
    case 'cts':
      return file.endsWith('.d.ts') ? undefined : 'typescript';
    case 'tsx':
      return 'tsx';
    default:
      return undefined;
  }
}
