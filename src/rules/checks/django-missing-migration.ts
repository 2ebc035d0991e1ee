import { basenameOf, dirnameOf } from '../../core/workspace.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { djangoApps } from './django-apps.js';
import { DJANGO_MIGRATION_STATE, type DjangoMigrationStateFact } from './django-migration-facts.js';
import { compareModel, modelEntry, orderMigrations, replayMigrations, type AppState, type DeclaredModel, type Discrepancy } from './django-migration-state.js';
import { djangoModels, type DjangoModel } from './django-models.js';

/**
 * A Django model change no migration covers: each app's migration state is replayed from its
 * `migrations/` files and compared with the models the code declares (see django-migration-state).
 * Apps without a `migrations` package get one finding per managed model, unless MIGRATION_MODULES
 * moves or disables their migrations.
 */
export const djangoModelChangeWithoutMigration: SemanticCheck = {
  name: 'django-model-change-without-migration',
  run(model, _project, _params, context) {
    const index = djangoModels(model, context.files);
    const candidates = index.models.filter((entry) => !entry.abstract && !entry.proxy && entry.managed === true);
    if (candidates.length === 0) return [];
    const apps = djangoApps(model, context.files);

    const migrationsByApp = new Map<string, DjangoMigrationStateFact[]>();
    const renamedModels = new Set<string>();
    for (const file of context.files) {
      const segments = file.split('/');
      if (segments.at(-2) !== 'migrations') continue;
      const appDir = segments.slice(0, -2).join('/') || '.';
      const list = migrationsByApp.get(appDir) ?? [];
      migrationsByApp.set(appDir, list);
      for (const fact of (model.files.get(file)?.checkFacts[DJANGO_MIGRATION_STATE] ?? []) as DjangoMigrationStateFact[]) {
        list.push(fact);
        for (const operation of fact.operations) if (operation.kind === 'RenameModel') renamedModels.add(operation.model.toLowerCase());
      }
    }
    const states = new Map<string, AppState>();
    const stateOf = (appDir: string): AppState => {
      let state = states.get(appDir);
      if (!state) {
        state = replayMigrations(orderMigrations(migrationsByApp.get(appDir)!, apps.labelsOf(appDir)));
        states.set(appDir, state);
      }
      return state;
    };
    // An explicit app_label may put a model in another app's migrations.
    const appDirFor = (entry: DjangoModel): string | undefined => {
      if (migrationsByApp.has(entry.appDir) && apps.labelsOf(entry.appDir).has(entry.appLabel)) return entry.appDir;
      const labelled = [...migrationsByApp.keys()].filter((dir) => apps.labelsOf(dir).has(entry.appLabel));
      return labelled.length === 1 ? labelled[0] : undefined;
    };

    const findings: RuleFinding[] = [];
    for (const entry of candidates) {
      const appDir = appDirFor(entry);
      if (!appDir) {
        if (hasNoMigrationsPackage(entry, migrationsByApp, apps.migrationModules)) {
          findings.push(
            context.finding({
              file: entry.file,
              line: entry.line,
              message: `\`${entry.name}\` is a managed model of app \`${entry.appLabel}\`, which has no migrations package: \`migrate\` never creates its table. Run \`makemigrations ${entry.appLabel}\` and commit \`${entry.appDir}/migrations/\`.`,
            }),
          );
        }
        continue;
      }
      const state = modelEntry(stateOf(appDir), entry.name);
      if (state === 'unknown') continue;
      if (state === 'absent') {
        findings.push(
          context.finding({
            file: entry.file,
            line: entry.line,
            message: `No migration of \`${entry.appLabel}\` creates the model \`${entry.name}\`: its table does not exist after \`migrate\`. Run \`makemigrations ${entry.appLabel}\`.`,
          }),
        );
        continue;
      }
      // The migrations know it as a proxy or unmanaged model: an options change, not compared.
      if (state.proxy || !state.managed) continue;
      for (const discrepancy of compareModel(declaredModel(entry), state, renamedModels)) {
        findings.push(context.finding({ ...locate(entry, discrepancy), message: describe(entry, discrepancy) }));
      }
    }
    return findings;
  },
};

function hasNoMigrationsPackage(entry: DjangoModel, migrationsByApp: ReadonlyMap<string, unknown>, migrationModules: { labels: ReadonlySet<string>; dynamic: boolean }): boolean {
  if (migrationsByApp.has(entry.appDir)) return false;
  // Only models of an app's models module: a class elsewhere may belong to an app this check cannot place.
  const inModelsModule = basenameOf(entry.file) === 'models.py' || basenameOf(dirnameOf(entry.file)) === 'models';
  if (!inModelsModule || entry.appLabel !== basenameOf(entry.appDir)) return false;
  return !migrationModules.dynamic && !migrationModules.labels.has(entry.appLabel);
}

function declaredModel(entry: DjangoModel): DeclaredModel {
  return {
    name: entry.name,
    fields: entry.fields.map((field) => ({
      name: field.name,
      line: field.line,
      spec: field,
      fieldClass: field.fieldClass,
      ...(field.target ? { target: field.target } : {}),
      ...(field.owner !== entry.name ? { inheritedFrom: field.owner } : {}),
    })),
    otherNames: entry.otherNames,
    // A field class from outside Django may add columns of its own (django-money adds `<name>_currency`).
    openFields: entry.openFields || entry.fields.some((field) => !field.djangoClass),
  };
}

/** A field's own line; the model's class line for a field inherited from an abstract base or removed. */
function locate(entry: DjangoModel, discrepancy: Discrepancy): { file: string; line: number } {
  if (discrepancy.kind !== 'removed-field' && !discrepancy.field.inheritedFrom) return { file: entry.file, line: discrepancy.field.line };
  return { file: entry.file, line: entry.line };
}

function describe(entry: DjangoModel, discrepancy: Discrepancy): string {
  const app = entry.appLabel;
  const run = `Run \`makemigrations ${app}\`.`;
  if (discrepancy.kind === 'removed-field') {
    return `\`${entry.name}.${discrepancy.name}\` is in the migrations of \`${app}\` but no longer in the model, and no migration removes it: the column stays and inserts may fail on it. ${run}`;
  }
  const field = discrepancy.field;
  const inherited = field.inheritedFrom ? ` (inherited from \`${field.inheritedFrom}\`)` : '';
  if (discrepancy.kind === 'missing-field') {
    return `No migration of \`${app}\` adds \`${entry.name}.${field.name}\`${inherited}: the column does not exist after \`migrate\` and queries on the model fail. ${run}`;
  }
  const shown = (value: string) => (discrepancy.what === 'class' || discrepancy.what === 'related model' ? `${discrepancy.what} \`${value}\`` : `\`${value}\``);
  return `\`${entry.name}.${field.name}\`${inherited} has ${shown(discrepancy.declared)} in the model but ${shown(discrepancy.migrated)} in the migrations of \`${app}\`, and no migration alters it. ${run}`;
}
