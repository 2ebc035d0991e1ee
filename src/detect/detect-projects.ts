import type { ProjectOverride } from '../config/types.js';
import type { Logger } from '../core/logger.js';
import type { Evidence, Framework, Language, Project } from '../core/types.js';
import { basenameOf, dirnameOf, isWithin, normaliseRelativePath, type Workspace } from '../core/workspace.js';
import type { FileFacts } from '../source/facts.js';
import { FRONTEND_PACKAGES, nodePackageOf } from './catalog.js';
import { collectSignals, type ProjectMaterial, type Signals } from './collect-signals.js';
import { commandsInFile, isCommandFile, resolveEntry, type EntryTarget } from './entry-points.js';
import { manifestDirectory, manifestKind, readManifest } from './manifests/read-manifests.js';
import type { Manifest } from './manifests/types.js';
import { depthOf, isTestFile, nearestRoot, trapKindOf, type TrapKind } from './paths.js';
import { decideDatabases, decideFramework, decideOrm } from './verdict.js';

export interface DetectInput {
  workspace: Workspace;
  /** Facts of every parsed source file, keyed by repository-relative path. */
  files: ReadonlyMap<string, FileFacts>;
  /** Roots (and frameworks) the config pins; a pinned root is always a project. */
  overrides?: readonly ProjectOverride[];
  /** The config file the overrides came from, for their evidence. */
  configFile?: string;
}

const PYTHON_FRAMEWORKS: ReadonlySet<Framework> = new Set(['flask', 'fastapi', 'django', 'aiohttp']);
const ENTRY_FILE_NAMES: ReadonlySet<string> = new Set(['manage.py', 'wsgi.py', 'asgi.py']);
const EVIDENCE_KIND_ORDER: readonly Evidence['kind'][] = ['config', 'entry-point', 'import', 'manifest', 'schema', 'connection-url', 'driver', 'layout'];
/** Evidence of one kind about one subject is listed for this many places; the last says how many more there are. */
const EVIDENCE_PER_SUBJECT = 3;

interface Candidate {
  root: string;
  manifests: Manifest[];
  sources: FileFacts[];
  pinned?: ProjectOverride;
}

/** Repository-relative directory as the rest of detection spells it (`.` for the root, no `./`, no trailing `/`). */
function normaliseRoot(root: string): string {
  return normaliseRelativePath(root.replace(/\\/g, '/')) ?? '.';
}

/** Code-unit order: the same on every machine and locale, and much cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function relativeTo(root: string, path: string): string {
  return root === '.' ? path : path.slice(root.length + 1);
}

function isFrontendPackage(manifests: readonly Manifest[]): boolean {
  return manifests.some((manifest) => manifest.kind === 'package-json' && manifest.dependencies.some((dependency) => FRONTEND_PACKAGES.has(dependency.name)));
}

function languageOf(framework: Project['framework'], sources: readonly FileFacts[]): Language | 'unknown' {
  if (framework !== 'unknown' && framework !== 'mixed' && PYTHON_FRAMEWORKS.has(framework)) return 'python';
  const count = { python: 0, javascript: 0, typescript: 0 };
  for (const file of sources) count[file.grammar === 'python' ? 'python' : file.grammar === 'javascript' ? 'javascript' : 'typescript']++;
  if (framework !== 'unknown' && framework !== 'mixed') return count.typescript > count.javascript ? 'typescript' : 'javascript';
  const ranked = (Object.entries(count) as [Language, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return 'unknown';
  return ranked[0]![0];
}

/** Keeps the first few pieces of evidence per kind and subject, so a Django app does not list every model file. */
function summariseEvidence(evidence: readonly Evidence[]): Evidence[] {
  // Grouped first and only each group's first few places picked: a large repository has tens of
  // thousands of pieces (every model file, every import of the framework) and sorting them all showed.
  const groups = new Map<string, { kind: Evidence['kind']; subject: string; items: Evidence[]; seen: Set<string>; files: Set<string> }>();
  for (const item of evidence) {
    const groupKey = `${item.kind}\u0000${item.subject}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { kind: item.kind, subject: item.subject, items: [], seen: new Set(), files: new Set() }));
    const key = `${item.file}\u0000${item.line ?? ''}\u0000${item.detail}`;
    if (group.seen.has(key)) continue;
    group.seen.add(key);
    group.files.add(item.file);
    group.items.push(item);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => EVIDENCE_KIND_ORDER.indexOf(a.kind) - EVIDENCE_KIND_ORDER.indexOf(b.kind) || compareText(a.subject, b.subject),
  );
  const out: Evidence[] = [];
  for (const group of ordered) {
    const kept = firstPlaces(group.items, EVIDENCE_PER_SUBJECT).map((item) => ({ ...item }));
    const keptFiles = new Set(kept.map((item) => item.file));
    if (group.files.size > keptFiles.size) kept[kept.length - 1]!.detail += ` (and ${group.files.size - keptFiles.size} more files)`;
    out.push(...kept);
  }
  return out;
}

function comparePlaces(a: Evidence, b: Evidence): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.detail, b.detail);
}

/** The `count` first items by file, line and detail, in that order (one pass, not a sort of them all). */
function firstPlaces(items: readonly Evidence[], count: number): Evidence[] {
  const first: Evidence[] = [];
  for (const item of items) {
    if (first.length === count && comparePlaces(item, first[count - 1]!) >= 0) continue;
    let at = first.length;
    while (at > 0 && comparePlaces(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

/**
 * A project that imports a workspace package of the same repository (`import { db } from '@acme/db'`)
 * uses that package's data layer: its ORM and database signals count for the project.
 */
function withLibraries(signals: Signals, sources: readonly FileFacts[], libraries: ReadonlyMap<string, Signals>): Signals {
  if (libraries.size === 0) return signals;
  const used = new Set<string>();
  for (const file of sources) {
    for (const fact of file.imports) {
      const name = fact.typeOnly || file.grammar === 'python' ? undefined : nodePackageOf(fact.specifier);
      if (name && libraries.has(name)) used.add(name);
    }
  }
  if (used.size === 0) return signals;
  const borrowed = [...used].sort().map((name) => libraries.get(name)!);
  return {
    ...signals,
    orms: [...signals.orms, ...borrowed.flatMap((library) => library.orms)],
    databases: [...signals.databases, ...borrowed.flatMap((library) => library.databases)],
  };
}

/**
 * Finds the backend projects of a repository and classifies each: framework, language, data layer,
 * database engines. Pure: reads manifests through the workspace and code through the facts.
 *
 * Candidate roots are the directories holding a manifest (or manage.py), outside trap directories
 * (see paths.ts), plus the repository root and any root the config pins. Every source file belongs to
 * its nearest candidate. Candidates are settled deepest first: a frontend package is dropped with its
 * files; a candidate whose code uses a framework (or whose manifest lists one, for code that exists)
 * becomes a project; any other hands its files to the next candidate up. When no framework is found
 * anywhere, the repository root is the one project (`unknown`, with whatever data layer it has).
 */
export function detectProjects(input: DetectInput, logger: Logger): Project[] {
  const { workspace } = input;
  const listed = workspace.listFiles();
  const pins = new Map((input.overrides ?? []).map((override) => [normaliseRoot(override.root), override]));

  const manifests: Manifest[] = [];
  const generatedDirs = new Set<string>();
  for (const path of listed) {
    if (!manifestKind(path)) continue;
    const manifest = readManifest(workspace, path);
    if (!manifest) continue;
    // A generated Prisma client ships its own package.json; its directory is generated code wherever it sits.
    if (manifest.packageName && /^(\.prisma|prisma-client)/.test(manifest.packageName)) {
      generatedDirs.add(dirnameOf(path));
      continue;
    }
    manifests.push(manifest);
  }

  const pinnedRoots = [...pins.keys()];
  const inPinnedRoot = (path: string) => pinnedRoots.some((root) => root !== '.' && isWithin(path, root));
  // Trap directories are looked for below a project's root only, so a root the config pins inside `examples/` still works.
  const generatedBelow = new Map<string, Set<string>>();
  const trapOf = (path: string, root: string): TrapKind | undefined => {
    let below = generatedBelow.get(root);
    if (!below) {
      below = new Set([...generatedDirs].filter((dir) => dir !== root && isWithin(dir, root)).map((dir) => relativeTo(root, dir)));
      generatedBelow.set(root, below);
    }
    return trapKindOf(relativeTo(root, path), below);
  };

  const candidates = new Map<string, Candidate>();
  const candidate = (root: string): Candidate => {
    let found = candidates.get(root);
    if (!found) candidates.set(root, (found = { root, manifests: [], sources: [] }));
    return found;
  };
  candidate('.');
  for (const [root, override] of pins) candidate(root).pinned = override;
  for (const manifest of manifests) {
    const dir = manifestDirectory(manifest.file);
    // `{ "type": "commonjs" }` beside some files switches their module system; it does not make a package.
    if (manifest.kind === 'package-json' && !manifest.packageName && manifest.dependencies.length === 0 && !manifest.workspaces) continue;
    if (trapKindOf(`${dir}/x`, generatedDirs) && !inPinnedRoot(dir)) continue;
    candidate(dir).manifests.push(manifest);
  }
  for (const path of listed) {
    if (basenameOf(path) !== 'manage.py') continue;
    const dir = dirnameOf(path);
    if (!trapKindOf(path, generatedDirs) || inPinnedRoot(dir)) candidate(dir);
  }
  for (const manifest of manifests) for (const problem of manifest.problems) logger.warn(problem);

  const roots = new Set(candidates.keys());
  const trapped: { file: FileFacts; kind: TrapKind; root: string }[] = [];
  const trapCounts = new Map<string, number>();
  for (const path of [...input.files.keys()].sort()) {
    const facts = input.files.get(path)!;
    // Prisma schemas are read as schemas (see collect-signals), not as code.
    if (path.endsWith('.prisma')) continue;
    const root = nearestRoot(path, roots);
    const trap = trapOf(path, root);
    if (trap) {
      trapped.push({ file: facts, kind: trap, root });
      trapCounts.set(trap, (trapCounts.get(trap) ?? 0) + 1);
      continue;
    }
    if (isTestFile(path)) continue;
    candidates.get(root)!.sources.push(facts);
  }
  for (const [kind, count] of [...trapCounts].sort()) logger.debug(`detect: ${count} ${kind} file(s) ignored (${kind === 'auxiliary' ? 'examples, tests, fixtures, docs' : kind} code never decides a project)`);

  const commandFiles = listed.filter(isCommandFile);
  const prismaFiles = listed.filter((path) => path.endsWith('.prisma'));
  const sourcePaths = new Set([...candidates.values()].flatMap((entry) => entry.sources.map((file) => file.path)));
  const materialOf = (entry: Candidate, sources: FileFacts[]): ProjectMaterial => {
    const entries: EntryTarget[] = [];
    for (const manifest of entry.manifests) {
      for (const declared of manifest.entries) {
        const target = resolveEntry(entry.root, declared.command, sourcePaths);
        entries.push({ ...declared, ...(target ? { target } : {}) });
      }
    }
    for (const path of commandFiles) {
      if (dirnameOf(path) !== entry.root) continue;
      for (const { line, command } of commandsInFile(workspace.readText(path) ?? '', path)) {
        const target = resolveEntry(entry.root, command, sourcePaths);
        entries.push({ file: path, line, command, ...(target ? { target } : {}) });
      }
    }
    for (const file of sources) {
      if (ENTRY_FILE_NAMES.has(basenameOf(file.path))) entries.push({ file: file.path, line: 1, command: basenameOf(file.path), target: file.path });
    }
    const prismaSchemas = prismaFiles.filter((path) => isWithin(path, entry.root) && nearestRoot(path, roots) === entry.root && !trapOf(path, entry.root));
    return {
      root: entry.root,
      manifests: entry.manifests,
      sources,
      entries,
      prismaSchemas,
      workspaceRoot: entry.manifests.some((manifest) => manifest.workspaces === true),
    };
  };

  const projects: Project[] = [];
  const build = (entry: Candidate, sources: FileFacts[], signals: Signals, extraEvidence: Evidence[] = []): Project => {
    const verdict = decideFramework(signals.frameworks);
    let framework: Project['framework'] = verdict.framework;
    const evidence: Evidence[] = [...extraEvidence];
    if (entry.pinned?.framework) {
      framework = entry.pinned.framework;
      evidence.push({ kind: 'config', subject: framework, file: input.configFile ?? '.constraint-gate.yml', detail: `project ${entry.root} is pinned to ${framework} by the config` });
    }
    logger.debug(`detect: ${entry.root}: ${framework} (${verdict.reason})`);
    const databases = decideDatabases(signals.databases);
    const orm = decideOrm(signals.orms);
    // A driver under an ORM is listed as database evidence; as data-layer evidence it would only confuse.
    const ormEvidence = signals.orms.filter((signal) => signal.orm !== 'raw-driver' || orm === 'raw-driver').map((signal) => signal.evidence);
    evidence.push(...signals.frameworks.map((signal) => signal.evidence), ...ormEvidence, ...signals.databases.map((signal) => signal.evidence), ...signals.entries);
    return {
      root: entry.root,
      framework,
      language: languageOf(framework, sources),
      orm,
      database: databases.database,
      databases: databases.databases,
      candidates: verdict.candidates,
      evidence: summariseEvidence(evidence),
    };
  };

  /**
   * A project needs a framework: one its code uses, or one its manifest lists for code that exists.
   * A package with only a data layer (a shared `packages/db`, a worker) is not one on its own.
   */
  const assess = (entry: Candidate, sources: FileFacts[]) => {
    const signals = collectSignals(materialOf(entry, sources), workspace);
    const codeFramework = signals.frameworks.some((signal) => signal.source === 'code');
    const listedFramework = signals.frameworks.some((signal) => signal.listsFramework);
    return { signals, framework: codeFramework || (listedFramework && sources.length > 0), codeFramework };
  };

  const order = [...candidates.values()].sort((a, b) => depthOf(b.root) - depthOf(a.root) || compareText(a.root, b.root));
  const inherited = new Map<string, FileFacts[]>();
  /** Settled projects, built once every candidate is settled (they may borrow from workspace packages). */
  const settled: { entry: Candidate; sources: FileFacts[]; signals: Signals }[] = [];
  /** npm packages of the repository that are not projects (a shared `@acme/db`), by package name. */
  const libraries = new Map<string, Signals>();
  for (const entry of order) {
    const sources = [...entry.sources, ...(inherited.get(entry.root) ?? [])].sort((a, b) => compareText(a.path, b.path));
    const { signals, framework, codeFramework } = assess(entry, sources);
    if (entry.pinned) {
      if (sources.length === 0) logger.warn(`The config names project ${entry.root}, but no source file was found there; check its \`root\`.`);
      settled.push({ entry, sources, signals });
      continue;
    }
    if (isFrontendPackage(entry.manifests) && !codeFramework) {
      logger.debug(`detect: ${entry.root} is a frontend package, not a backend project`);
      continue;
    }
    if (framework) {
      settled.push({ entry, sources, signals });
      continue;
    }
    const name = entry.manifests.find((manifest) => manifest.kind === 'package-json')?.packageName;
    if (name) libraries.set(name, signals);
    const parent = entry.root === '.' ? undefined : nearestRoot(entry.root, roots);
    if (parent !== undefined) inherited.set(parent, [...(inherited.get(parent) ?? []), ...sources]);
  }

  for (const { entry, sources, signals } of settled) projects.push(build(entry, sources, withLibraries(signals, sources, libraries)));

  // No framework anywhere: the repository root is the one project, classified as well as it can be.
  const root = candidates.get('.')!;
  if (projects.length === 0 && !isFrontendPackage(root.manifests)) {
    const rootSources = [...root.sources, ...(inherited.get('.') ?? [])].sort((a, b) => compareText(a.path, b.path));
    if (candidates.size === 1) {
      // Nothing outside the trap directories names a framework: let examples, tests and compiled output say what the repository is.
      const fallback = trapped.filter((item) => item.kind === 'auxiliary' || item.kind === 'compiled').map((item) => item.file);
      const sources = [...rootSources, ...fallback].sort((a, b) => compareText(a.path, b.path));
      const assessed = fallback.length > 0 ? assess(root, sources) : undefined;
      if (assessed?.framework) {
        logger.debug('detect: only example, test or compiled code names a framework; the repository root is classified from it');
        projects.push(build(root, sources, assessed.signals, [{ kind: 'layout', subject: '.', file: '.', detail: 'classified from example, test or compiled code: nothing else in the repository names a framework' }]));
      }
    }
    if (projects.length === 0 && rootSources.length > 0) projects.push(build(root, rootSources, assess(root, rootSources).signals));
  }

  return projects.sort((a, b) => (a.root === b.root ? 0 : a.root === '.' ? -1 : b.root === '.' ? 1 : compareText(a.root, b.root)));
}
