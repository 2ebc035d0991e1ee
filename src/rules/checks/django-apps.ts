import { basenameOf, dirnameOf, joinPath } from '../../core/workspace.js';
import type { SourceModel } from '../../source/model.js';
import { DJANGO_SETTINGS, type DjangoSettingsFact } from './django-settings-facts.js';

/**
 * The Django apps a project's settings install, joined across its settings files (a split
 * `settings/base.py` + `settings/dev.py` adds up), and the labels app directories answer to.
 */
export interface DjangoApps {
  /** Undefined when no file of the project assigns `INSTALLED_APPS`. */
  installed?: { entries: string[]; dynamic: boolean };
  migrationModules: { labels: ReadonlySet<string>; dynamic: boolean };
  /** The labels an app directory answers to: its name, and the `label` of an AppConfig in its `apps.py`. */
  labelsOf(appDir: string): Set<string>;
  /**
   * Whether an app directory (or the package holding it) is installed: some entry names its dotted
   * path, or a tail of it (`catalog` and `shop.catalog` both install `src/shop/catalog`, since the
   * source root is not known), directly or through the `name` of the AppConfig it names.
   */
  isInstalled(appDir: string): boolean;
  /** Whether some installed app has this label (an entry's last segment, or its AppConfig's `label`). */
  isLabelInstalled(label: string): boolean;
}

export function djangoApps(model: SourceModel, files: readonly string[]): DjangoApps {
  const entries: string[] = [];
  let found = false;
  let dynamic = false;
  const migrationLabels = new Set<string>();
  let migrationDynamic = false;
  const configs: { file: string; fact: Extract<DjangoSettingsFact, { kind: 'app-config' }> }[] = [];
  for (const file of files) {
    for (const fact of (model.files.get(file)?.checkFacts[DJANGO_SETTINGS] ?? []) as DjangoSettingsFact[]) {
      if (fact.kind === 'installed-apps') {
        found = true;
        dynamic ||= fact.dynamic;
        entries.push(...fact.apps);
      } else if (fact.kind === 'migration-modules') {
        migrationDynamic ||= fact.dynamic;
        for (const label of fact.labels) migrationLabels.add(label);
      } else configs.push({ file, fact });
    }
  }

  // Each entry as a path tail: `shop.catalog` -> shop/catalog; an AppConfig path -> the `name` it declares.
  const installedPaths = new Set<string>();
  const installedLabels = new Set<string>();
  for (const entry of entries) {
    const segments = entry.split('.');
    const last = segments.at(-1) ?? '';
    if (!/^[A-Z]/.test(last)) {
      installedPaths.add(segments.join('/'));
      installedLabels.add(last);
      continue;
    }
    const module = segments.slice(0, -1).join('/');
    const config = configs.find(({ file, fact }) => fact.className === last && file.replace(/\.py$/, '').endsWith(module));
    const path = config?.fact.name ? config.fact.name.split('.').join('/') : module.endsWith('/apps') ? module.slice(0, -'/apps'.length) : module;
    installedPaths.add(path);
    installedLabels.add(config?.fact.label ?? path.split('/').pop()!);
  }

  const isInstalled = (appDir: string): boolean => {
    for (let dir = appDir; dir !== '.' && dir !== ''; dir = dirnameOf(dir)) {
      for (const path of installedPaths) if (dir === path || dir.endsWith(`/${path}`)) return true;
    }
    return false;
  };

  const labelsOf = (appDir: string): Set<string> => {
    const labels = new Set([basenameOf(appDir)]);
    const appsFile = joinPath(appDir, 'apps.py');
    for (const { file, fact } of configs) if (file === appsFile && fact.label) labels.add(fact.label);
    return labels;
  };

  return {
    ...(found ? { installed: { entries, dynamic } } : {}),
    migrationModules: { labels: migrationLabels, dynamic: migrationDynamic },
    labelsOf,
    isInstalled,
    isLabelInstalled: (label) => installedLabels.has(label),
  };
}
