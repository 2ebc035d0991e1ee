import { ORMS, type DatabaseEngine, type Evidence, type Framework, type Orm } from '../core/types.js';
import type { Workspace } from '../core/workspace.js';
import type { FileFacts, ImportFact } from '../source/facts.js';
import {
  PYTHON_DATA_DISTRIBUTIONS, PYTHON_FRAMEWORK_DISTRIBUTIONS,
  nodeDataPackage, nodeFrameworkPackage, nodePackageOf, pythonImportDataLayer, pythonImportFramework,
  type DataLayerPackage, type FrameworkPackage,
} from './catalog.js';
import { localImports, type EntryTarget } from './entry-points.js';
import type { Manifest } from './manifests/types.js';
import { WEIGHTS, type DatabaseSignal, type FrameworkSignal, type OrmSignal } from './signals.js';

export interface ProjectMaterial {
  root: string;
  manifests: Manifest[];
  /** The project's own non-test source files, with their facts. */
  sources: FileFacts[];
  entries: EntryTarget[];
  /** `.prisma` schema files of the project. */
  prismaSchemas: string[];
  /** True for a package.json workspace root: its dependencies are hoisted for members, not used by it. */
  workspaceRoot: boolean;
}

export interface Signals {
  /** Start commands that reach a file of the project but name no framework: listed, not weighed. */
  entries: Evidence[];
  frameworks: FrameworkSignal[];
  orms: OrmSignal[];
  databases: DatabaseSignal[];
}

const NOTHING_REPORTED: ReadonlySet<string> = new Set();

function importFramework(file: FileFacts, fact: ImportFact): FrameworkPackage | undefined {
  if (fact.typeOnly) return undefined;
  if (file.grammar === 'python') return fact.level ? undefined : pythonImportFramework(fact.specifier, fact.names);
  const name = nodePackageOf(fact.specifier);
  return name ? nodeFrameworkPackage(name) : undefined;
}

/** Engines that a subpath or imported name states outright (`drizzle-orm/node-postgres`, `PostgresDialect`). */
function impliedEngine(fact: ImportFact): DatabaseEngine | undefined {
  // Nearly every import names none of these; the test below runs for every import of the repository.
  if (!fact.specifier.includes('dialects') && !fact.specifier.startsWith('drizzle-orm/') && !fact.names.some((name) => name.endsWith('Dialect'))) {
    return undefined;
  }
  const text = `${fact.specifier} ${fact.names.join(' ')}`;
  if (/sqlalchemy\.dialects\.postgresql|drizzle-orm\/(node-postgres|postgres-js|pg-core|neon)|\bPostgresDialect\b/.test(text)) return 'postgres';
  if (/sqlalchemy\.dialects\.mysql|drizzle-orm\/(mysql2|mysql-core|planetscale)|\bMysqlDialect\b/.test(text)) return 'mysql';
  if (/sqlalchemy\.dialects\.sqlite|drizzle-orm\/(better-sqlite3|sqlite-core|libsql|bun-sqlite)|\bSqliteDialect\b/.test(text)) return 'sqlite';
  return undefined;
}

function importDataLayer(file: FileFacts, fact: ImportFact): DataLayerPackage | undefined {
  if (fact.typeOnly) return undefined;
  if (file.grammar === 'python') return fact.level ? undefined : pythonImportDataLayer(fact.specifier);
  const name = nodePackageOf(fact.specifier);
  return name ? nodeDataPackage(name) : undefined;
}

function manifestFramework(manifest: Manifest, name: string): FrameworkPackage | undefined {
  return manifest.kind === 'package-json' ? nodeFrameworkPackage(name) : PYTHON_FRAMEWORK_DISTRIBUTIONS[name];
}

function manifestDataLayer(manifest: Manifest, name: string): DataLayerPackage | undefined {
  return manifest.kind === 'package-json' ? nodeDataPackage(name) : PYTHON_DATA_DISTRIBUTIONS[name];
}

/** ORMs a model fact can name; Prisma models come from the schema, which is read as a schema. */
const MODEL_ORMS: ReadonlyMap<string, Orm> = new Map(ORMS.filter((orm) => orm !== 'raw-driver' && orm !== 'none' && orm !== 'prisma').map((orm) => [orm, orm]));

const PRISMA_PROVIDERS: Record<string, DatabaseEngine> = { postgresql: 'postgres', postgres: 'postgres', mysql: 'mysql', sqlite: 'sqlite', mongodb: 'mongodb' };

/** The `provider` of the `datasource` block of a Prisma schema, with its line. */
export function prismaDatasource(text: string): { engine?: DatabaseEngine; provider: string; line: number } | undefined {
  const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(text);
  if (!block) return undefined;
  const provider = /provider\s*=\s*"([^"]+)"/.exec(block[1]!);
  if (!provider) return undefined;
  const offset = block.index + block[0].indexOf(block[1]!) + provider.index;
  const engine = PRISMA_PROVIDERS[provider[1]!];
  return { provider: provider[1]!, line: text.slice(0, offset).split('\n').length, ...(engine ? { engine } : {}) };
}

/** Turns what a project contains into weighted signals; no verdict is taken here. */
export function collectSignals(material: ProjectMaterial, workspace: Workspace): Signals {
  const frameworks: FrameworkSignal[] = [];
  const orms: OrmSignal[] = [];
  const databases: DatabaseSignal[] = [];
  const entries: Evidence[] = [];

  for (const file of material.sources) {
    // Where the extractor already reported a driver import, it is not reported twice.
    const reported = file.database.length > 0 ? new Set(file.database.filter((fact) => fact.engine).map((fact) => `${fact.engine}:${fact.line}`)) : NOTHING_REPORTED;
    // A file counts once per framework, at the strongest kind of import it makes.
    let best: Map<Framework, { strength: 'core' | 'extension'; fact: ImportFact }> | undefined;
    for (const fact of file.imports) {
      const framework = importFramework(file, fact);
      if (framework) {
        best ??= new Map();
        const previous = best.get(framework.framework);
        if (!previous || (previous.strength === 'extension' && framework.strength === 'core')) best.set(framework.framework, { strength: framework.strength, fact });
      }
      const data = importDataLayer(file, fact);
      if (data?.orm) {
        orms.push({ orm: data.orm, source: 'code', file: file.path, evidence: { kind: 'import', subject: data.orm, file: file.path, line: fact.line, detail: `imports ${fact.specifier}` } });
      }
      const engine = data?.engine ?? impliedEngine(fact);
      if (engine && !reported.has(`${engine}:${fact.line}`)) {
        databases.push({ engine, tier: 3, evidence: { kind: 'driver', subject: engine, file: file.path, line: fact.line, detail: `imports ${fact.specifier}` } });
      }
    }
    for (const [framework, { strength, fact }] of best ?? []) {
      frameworks.push({
        framework,
        source: 'code',
        weight: strength === 'core' ? WEIGHTS.importCore : WEIGHTS.importExtension,
        evidence: { kind: 'import', subject: framework, file: file.path, line: fact.line, detail: `imports ${fact.specifier}` },
      });
    }
    for (const model of file.models) {
      const orm = MODEL_ORMS.get(model.orm);
      if (orm) {
        orms.push({ orm, source: 'code', file: file.path, evidence: { kind: 'schema', subject: model.orm, file: file.path, line: model.line, detail: `model ${model.name}` } });
      }
    }
    for (const fact of file.database) {
      if (!fact.engine) continue;
      const fallback = fact.isDefault === true || fact.kind === 'env-default';
      const tier = fallback ? 2 : fact.kind === 'driver-import' || fact.kind === 'orm-import' ? 3 : 1;
      const kind: Evidence['kind'] = fact.kind === 'connection-url' || fact.kind === 'env-default' ? 'connection-url' : tier === 3 ? 'driver' : 'config';
      databases.push({ engine: fact.engine, tier, evidence: { kind, subject: fact.engine, file: file.path, line: fact.line, detail: fallback ? `${fact.detail} (fallback when the environment sets nothing)` : fact.detail } });
    }
  }

  const byPath = new Map(material.sources.map((file) => [file.path, file]));
  const sourcePaths = new Set(byPath.keys());
  const frameworksStartedBy = (facts: FileFacts): Set<Framework> => {
    const started = new Set<Framework>();
    for (const fact of facts.imports) {
      const framework = importFramework(facts, fact);
      if (framework?.strength === 'core') started.add(framework.framework);
    }
    if (/(^|\/)manage\.py$/.test(facts.path) && /DJANGO_SETTINGS_MODULE|django/.test(workspace.readText(facts.path) ?? '')) started.add('django');
    return started;
  };
  const weighted = new Set<string>();
  for (const entry of material.entries) {
    const facts = entry.target ? byPath.get(entry.target) : undefined;
    if (!facts) continue;
    let started = frameworksStartedBy(facts);
    let detail = entry.file === facts.path ? `entry point ${facts.path}` : `\`${entry.command}\` starts ${facts.path}`;
    if (started.size === 0) {
      // Entry files often only import the app module (`server.js` -> `./app`, `wsgi.py` -> `blog`): look one step further.
      for (const next of localImports(facts, material.root, sourcePaths)) {
        const found = frameworksStartedBy(byPath.get(next)!);
        if (found.size === 0) continue;
        started = found;
        detail += `, which loads ${next}`;
        break;
      }
    }
    if (started.size === 0) entries.push({ kind: 'entry-point', subject: facts.path, file: entry.file, line: entry.line, detail });
    for (const framework of [...started].sort()) {
      const evidence: Evidence = { kind: 'entry-point', subject: framework, file: entry.file, line: entry.line, detail };
      // `main`, `start` and `dev` often name the same file: it weighs once, and every line is listed.
      const key = `${framework}\u0000${facts.path}`;
      if (weighted.has(key)) entries.push(evidence);
      else frameworks.push({ framework, source: 'code', weight: WEIGHTS.entryPoint, evidence });
      weighted.add(key);
    }
  }

  for (const manifest of material.manifests) {
    for (const dependency of manifest.dependencies) {
      const framework = material.workspaceRoot && manifest.kind === 'package-json' ? undefined : manifestFramework(manifest, dependency.name);
      if (framework) {
        const weight = dependency.scope === 'dev' ? WEIGHTS.manifestDev : framework.strength === 'core' ? WEIGHTS.manifestCore : WEIGHTS.manifestExtension;
        frameworks.push({ framework: framework.framework, source: 'manifest', weight, listsFramework: dependency.scope === 'runtime' && framework.strength === 'core', evidence: { kind: 'manifest', subject: framework.framework, file: dependency.file, line: dependency.line, detail: `${dependency.scope === 'dev' ? 'dev ' : ''}dependency ${dependency.name}`, ...(dependency.version && framework.strength === 'core' ? { version: dependency.version } : {}) } });
      }
      const data = manifestDataLayer(manifest, dependency.name);
      if (!data || dependency.scope === 'dev') continue;
      if (data.orm) orms.push({ orm: data.orm, source: 'manifest', file: dependency.file, evidence: { kind: 'manifest', subject: data.orm, file: dependency.file, line: dependency.line, detail: `dependency ${dependency.name}` } });
      if (data.engine) databases.push({ engine: data.engine, tier: 4, evidence: { kind: 'manifest', subject: data.engine, file: dependency.file, line: dependency.line, detail: `dependency ${dependency.name}` } });
    }
  }

  for (const schema of material.prismaSchemas) {
    const datasource = prismaDatasource(workspace.readText(schema) ?? '');
    orms.push({ orm: 'prisma', source: 'code', file: schema, evidence: { kind: 'schema', subject: 'prisma', file: schema, ...(datasource ? { line: datasource.line } : {}), detail: 'Prisma schema' } });
    if (datasource?.engine) {
      databases.push({ engine: datasource.engine, tier: 1, evidence: { kind: 'schema', subject: datasource.engine, file: schema, line: datasource.line, detail: `datasource provider "${datasource.provider}"` } });
    }
  }
  return { entries, frameworks, orms, databases };
}
