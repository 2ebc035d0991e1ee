import type { Finding } from '../core/types.js';
import type { GrammarName } from './grammars.js';

/**
 * What one file tells us, extracted in a single parse (in a worker thread) and cached by content
 * hash. Everything here is plain data: trees never leave the worker. Cross-file questions
 * (resolved imports, composed route prefixes, layers, associations between models) are answered
 * later from these facts alone, so a warm run parses nothing that did not change.
 */
export interface FileFacts {
  path: string;
  /** `prisma` marks a schema.prisma file: no tree-sitter grammar, read by src/source/node/prisma-schema.ts. */
  grammar: FactsGrammar;
  /** contentHash of the text (a git blob id); the cache key together with the path and the extractor version. */
  hash: string;
  lineCount: number;
  /** First few positions where tree-sitter had to recover; the file is still analysed. */
  syntaxErrors: { line: number; column: number }[];
  imports: ImportFact[];
  definitions: DefinitionFact[];
  routes: RouteFact[];
  routers: RouterFact[];
  mounts: MountFact[];
  models: ModelFact[];
  database: DatabaseFact[];
  /** Findings of per-file rules (tree-sitter query rules), before suppression and scoping. */
  findings: Finding[];
  /** Facts gathered for named semantic checks, keyed by check name; each check owns its shape. */
  checkFacts: Record<string, unknown[]>;
  /** `// constraint-gate: ignore <id> -- reason` comments, by line they apply to. */
  suppressions: SuppressionFact[];
}

/** The tree-sitter grammars plus pseudo-grammars for non-code files that carry facts. */
export type FactsGrammar = GrammarName | 'prisma';

export interface ImportFact {
  /** As written: `fastapi.routing`, `.models`, `..db.session`, `./routes/users`, `@/services/x`, `pg`. */
  specifier: string;
  /** Imported names (`from x import a, b` -> [a, b]; `import { a as b }` -> [a]); `*` for star; empty for plain `import x`. */
  names: string[];
  /** Local names bound by the import (aliases applied): `import x as y` -> [y]; `const { a } = require()` -> [a]. */
  locals: string[];
  line: number;
  kind: 'python' | 'esm' | 'require' | 'dynamic' | 'export-from';
  /** Python only: number of leading dots. */
  level?: number;
  /** True for `import type` / type-only imports: they do not create runtime dependencies. */
  typeOnly?: boolean;
}

export interface DefinitionFact {
  name: string;
  kind: 'function' | 'class' | 'variable' | 'method';
  line: number;
  endLine: number;
  async?: boolean;
  exported?: boolean;
  /** For methods: the class they belong to. */
  container?: string;
}

/** A path expression: a literal, or something only partly resolvable in this file. */
export interface PathExpression {
  /** The literal text where it is a literal (or a composed literal, like 'a' + 'b'). */
  value?: string;
  /** Identifier or attribute chain (e.g. `settings.API_PREFIX`, `PREFIX`) to resolve across files. */
  reference?: string;
  /** Source text when neither could be determined statically. */
  text?: string;
}

/** A route declared in this file on some app/router object. */
export interface RouteFact {
  method: string;
  /** Path relative to the router it is declared on. */
  path: PathExpression;
  /** The local name of the app/router object it is declared on (`app`, `router`, `bp`, `routes`...). */
  owner: string;
  line: number;
  handler?: { name?: string; line: number; file?: string; async?: boolean };
  framework: string;
}

/** An app or router object created in this file, with its own prefix. */
export interface RouterFact {
  name: string;
  line: number;
  kind: 'app' | 'router';
  framework: string;
  prefix?: PathExpression;
  exported?: boolean;
  /**
   * JS/TS: the names other files import this router by, when exported: its export name, or
   * 'default' for `export default x` / `module.exports = x` (see src/source/node/conventions.ts).
   */
  exportedAs?: string[];
}

/** One router mounted on another: include_router, register_blueprint, app.use('/p', r), register(plugin, {prefix}), app.route('/p', sub), Django include(). */
export interface MountFact {
  /** Local name of the parent app/router. */
  parent: string;
  /** Local name (or dotted module string, for Django include('app.urls')) of the mounted router. */
  child: string;
  prefix?: PathExpression;
  line: number;
  framework: string;
}

export interface ModelFact {
  name: string;
  line: number;
  orm: string;
  table?: string;
  fields: { name: string; line: number; type?: string; column?: string; primaryKey?: boolean; nullable?: boolean; foreignKey?: string }[];
  relations: {
    name: string;
    line: number;
    kind: 'belongs-to' | 'has-one' | 'has-many' | 'many-to-many' | 'relationship' | 'foreign-key' | 'one-to-one';
    target: string;
    alias?: string;
    lazy?: string;
    foreignKey?: string;
    through?: string;
  }[];
}

export interface DatabaseFact {
  engine?: 'sqlite' | 'postgres' | 'mysql' | 'mongodb';
  kind: 'connection-url' | 'driver-import' | 'dialect' | 'settings' | 'env-default' | 'orm-import';
  /** The driver/ORM module or setting name. */
  subject: string;
  line: number;
  /** True when this value is a fallback (e.g. `os.getenv('DATABASE_URL', 'sqlite://')`). */
  isDefault?: boolean;
  detail: string;
}

export interface SuppressionFact {
  ruleId: string;
  /** The line the suppression applies to (the comment's own line or the next code line). */
  line: number;
  commentLine: number;
  reason?: string;
}

export function emptyFacts(path: string, grammar: FactsGrammar, hash: string, lineCount: number): FileFacts {
  return {
    path,
    grammar,
    hash,
    lineCount,
    syntaxErrors: [],
    imports: [],
    definitions: [],
    routes: [],
    routers: [],
    mounts: [],
    models: [],
    database: [],
    findings: [],
    checkFacts: {},
    suppressions: [],
  };
}
