import { DATABASES, FRAMEWORKS, ORMS, type DatabaseEngine, type DatabaseUse, type Framework, type Orm } from '../core/types.js';
import { DOMINANCE, type DatabaseSignal, type FrameworkSignal, type OrmSignal } from './signals.js';

export interface FrameworkVerdict {
  framework: Framework | 'unknown' | 'mixed';
  candidates: { framework: Framework; score: number }[];
  /** One sentence on how the verdict was reached, for the debug log. */
  reason: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The framework is what the code uses. Code evidence (imports in non-test files, entry points)
 * decides; a manifest line decides only when no framework is used in code at all, and only when it
 * names a single framework. Two frameworks used in code give `mixed` unless the leader's code
 * score is at least DOMINANCE times the runner-up's.
 */
export function decideFramework(signals: readonly FrameworkSignal[]): FrameworkVerdict {
  const total = new Map<Framework, number>();
  const code = new Map<Framework, number>();
  const runtimeManifest = new Set<Framework>();
  for (const signal of signals) {
    total.set(signal.framework, (total.get(signal.framework) ?? 0) + signal.weight);
    if (signal.source === 'code') code.set(signal.framework, (code.get(signal.framework) ?? 0) + signal.weight);
    else if (signal.listsFramework) runtimeManifest.add(signal.framework);
  }
  const order = (a: Framework, b: Framework) => (total.get(b)! - total.get(a)!) || FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b);
  const candidates = [...total.keys()].sort(order).map((framework) => ({ framework, score: round(total.get(framework)!) }));

  const used = [...code.keys()].sort((a, b) => (code.get(b)! - code.get(a)!) || FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b));
  if (used.length === 1) return { framework: used[0]!, candidates, reason: `only ${used[0]} is used in code` };
  if (used.length > 1) {
    const [first, second] = [used[0]!, used[1]!];
    const [a, b] = [code.get(first)!, code.get(second)!];
    if (a >= DOMINANCE * b) return { framework: first, candidates, reason: `${first} (${round(a)}) dominates ${second} (${round(b)}) in code` };
    return { framework: 'mixed', candidates, reason: `${first} (${round(a)}) and ${second} (${round(b)}) are both used in code` };
  }
  const listed = [...runtimeManifest].sort((a, b) => FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b));
  if (listed.length === 1) return { framework: listed[0]!, candidates, reason: `no framework is imported; the manifest lists only ${listed[0]}` };
  if (listed.length > 1) return { framework: 'mixed', candidates, reason: `no framework is imported; the manifests list ${listed.join(', ')}` };
  return { framework: 'unknown', candidates, reason: 'no framework evidence' };
}

/**
 * The data layer is the ORM imported by the most files (SQLModel beats SQLAlchemy, which it is built
 * on; Django's ORM beats nothing but itself). Drivers alone give `raw-driver`. When no code touches
 * a data layer, a manifest naming exactly one ORM decides; a manifest driver alone does not (an ORM
 * configured by URL often pulls it in).
 */
export function decideOrm(signals: readonly OrmSignal[]): Orm | null {
  const files = new Map<Orm, Set<string>>();
  for (const signal of signals) {
    if (signal.source !== 'code') continue;
    let set = files.get(signal.orm);
    if (!set) files.set(signal.orm, (set = new Set()));
    set.add(signal.file);
  }
  const orms = [...files.keys()].filter((orm) => orm !== 'raw-driver');
  if (orms.includes('sqlmodel')) return 'sqlmodel';
  if (orms.length > 0) {
    return orms.sort((a, b) => (files.get(b)!.size - files.get(a)!.size) || ORMS.indexOf(a) - ORMS.indexOf(b))[0]!;
  }
  if (files.has('raw-driver')) return 'raw-driver';
  const listed = [...new Set(signals.filter((signal) => signal.source === 'manifest' && signal.orm !== 'raw-driver').map((signal) => signal.orm))];
  if (listed.includes('sqlmodel')) return 'sqlmodel';
  return listed.length === 1 ? listed[0]! : null;
}

export interface DatabaseVerdict {
  database: DatabaseEngine | null;
  databases: DatabaseUse[];
}

/**
 * Every engine any signal names is supported. The default is taken from the strongest tier present:
 * a literal URL/setting/datasource first, then an environment lookup's fallback, then imported
 * drivers, then manifest drivers. Within that tier the engine named most often wins; a tie leaves
 * no default rather than guessing.
 */
export function decideDatabases(signals: readonly DatabaseSignal[]): DatabaseVerdict {
  if (signals.length === 0) return { database: null, databases: [] };
  const engines = [...new Set(signals.map((signal) => signal.engine))];
  const topTier = Math.min(...signals.map((signal) => signal.tier));
  const counts = new Map<DatabaseEngine, number>();
  for (const signal of signals) if (signal.tier === topTier) counts.set(signal.engine, (counts.get(signal.engine) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const database = ranked.length === 1 || ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : null;
  const ordered = engines.sort((a, b) => Number(b === database) - Number(a === database) || DATABASES.indexOf(a) - DATABASES.indexOf(b));
  return { database, databases: ordered.map((engine) => ({ engine, isDefault: engine === database })) };
}
