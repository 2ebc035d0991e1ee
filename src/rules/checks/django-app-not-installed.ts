import { isWithin } from '../../core/workspace.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { djangoApps } from './django-apps.js';
import { djangoModels, type DjangoModel } from './django-models.js';

/**
 * An app whose models are used but which INSTALLED_APPS does not list. Django refuses to define a
 * concrete model outside an installed app ("Model class ... doesn't declare an explicit app_label
 * and isn't in an application in INSTALLED_APPS"), and a lazy `"app.Model"` reference to it never
 * resolves. Reported where another app imports the models module, and at the model class another
 * app's relation names by label. Quiet when the settings cannot be found or are built dynamically.
 */
export const djangoAppNotInstalled: SemanticCheck = {
  name: 'django-app-not-installed',
  run(model, _project, _params, context) {
    const apps = djangoApps(model, context.files);
    // No settings, settings that cannot be read, or only an empty default (Django's own global_settings).
    if (!apps.installed || apps.installed.dynamic || apps.installed.entries.length === 0) return [];
    const index = djangoModels(model, context.files);

    // Concrete models of app directories no entry installs (an explicit, installed app_label places a model elsewhere).
    const missing = new Map<string, DjangoModel[]>();
    for (const entry of index.models) {
      if (entry.abstract || apps.isInstalled(entry.appDir)) continue;
      if (entry.cls.meta?.appLabel && apps.isLabelInstalled(entry.appLabel)) continue;
      missing.set(entry.appDir, [...(missing.get(entry.appDir) ?? []), entry]);
    }
    if (missing.size === 0) return [];

    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    const report = (file: string, line: number, message: string) => {
      const key = `${file}:${line}`;
      if (reported.has(key)) return;
      reported.add(key);
      findings.push(context.finding({ file, line, message }));
    };
    for (const [appDir, models] of missing) {
      const label = models[0]!.appLabel;
      const modelFiles = new Set(models.map((entry) => entry.file));
      const names = models.map((entry) => entry.name);
      const shown = names.length > 3 ? `${names.slice(0, 3).join('`, `')}\`...` : `${names.join('`, `')}\``;
      for (const file of context.files) {
        if (isWithin(file, appDir) || !context.mayReport(file)) continue;
        for (const edge of model.graph.edgesFrom(file)) {
          if (!edge.to || !modelFiles.has(edge.to)) continue;
          report(
            file,
            edge.line,
            `This imports models of app \`${label}\` (\`${shown}), which INSTALLED_APPS does not list: Django raises RuntimeError ("doesn't declare an explicit app_label and isn't in an application in INSTALLED_APPS") when the import runs. Add \`${label}\` to INSTALLED_APPS.`,
          );
        }
      }
      // Relations from other apps naming these models by label: `ForeignKey("catalog.Book", ...)`.
      for (const entry of index.models) {
        if (isWithin(entry.file, appDir)) continue;
        for (const field of entry.fields) {
          const [targetLabel, targetName] = field.to?.split('.') ?? [];
          if (!targetName || targetLabel !== label) continue;
          const target = models.find((candidate) => candidate.name.toLowerCase() === targetName.toLowerCase());
          if (!target) continue;
          report(
            target.file,
            target.line,
            `\`${entry.name}.${field.name}\` (${entry.file}:${field.line}) refers to \`${label}.${target.name}\`, but INSTALLED_APPS does not list app \`${label}\`: the relation never resolves and Django fails its checks at startup. Add \`${label}\` to INSTALLED_APPS.`,
          );
        }
      }
    }
    return findings;
  },
};
