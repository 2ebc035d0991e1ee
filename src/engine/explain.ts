import { CLEAN_LAYERS } from '../config/presets.js';
import type { Config } from '../config/types.js';
import type { Project } from '../core/types.js';
import { isWithin } from '../core/workspace.js';
import { constraintsFor, projectOf } from '../rules/evaluate.js';
import type { DatabaseFact, ModelFact } from '../source/facts.js';
import { createLayerClassifier } from '../source/layers.js';
import type { SourceModel } from '../source/model.js';
import type { Route } from '../source/routes/compose-routes.js';

/** What the tool believes about one project's code: the `explain` command's data. */
export interface ProjectExplanation {
  project: Project;
  routes: Route[];
  /** `declared` when the config declares the architecture, `clean-preset` when shown with the default folders. */
  layering: 'declared' | 'clean-preset';
  layers: { file: string; layer: string }[];
  unlayeredFiles: number;
  models: (ModelFact & { file: string })[];
  database: (DatabaseFact & { file: string })[];
}

export function explainProjects(model: SourceModel, projects: readonly Project[], routes: readonly Route[], config: Config): ProjectExplanation[] {
  return projects.map((project) => {
    const files = [...model.files.keys()].filter((file) => projectOf(file, projects)?.root === project.root).sort();
    const declared = constraintsFor(project, config).architecture;
    const classifier = createLayerClassifier(project.root, declared?.layers ?? CLEAN_LAYERS);
    const layers = files.flatMap((file) => {
      const layer = classifier.layerOf(file);
      return layer ? [{ file, layer }] : [];
    });
    return {
      project,
      routes: routes.filter((route) => isWithin(route.file, project.root) && projectOf(route.file, projects)?.root === project.root),
      layering: declared ? 'declared' : 'clean-preset',
      layers,
      unlayeredFiles: files.length - layers.length,
      models: files.flatMap((file) => model.files.get(file)!.models.map((entry) => ({ ...entry, file }))),
      database: files.flatMap((file) => model.files.get(file)!.database.map((entry) => ({ ...entry, file }))),
    };
  });
}
