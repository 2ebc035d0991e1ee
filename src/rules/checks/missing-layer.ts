import type { SemanticCheck } from '../types.js';
import { architectureLocation, classifierFor } from './architecture-support.js';

/**
 * Every declared layer exists: at least one file of the project sits in it (a folder such as
 * `services/`, or a module such as `services.py`). One finding per missing layer, reported at
 * the architecture declaration and kept in `check` whatever lines changed, because a layer that
 * is missing is a property of the change as a whole.
 */
export const missingLayer: SemanticCheck = {
  name: 'missing-layer',
  run(_model, project, _params, context) {
    const classifier = classifierFor(project.root, context);
    if (!classifier) return [];
    const present = new Set<string>();
    for (const file of context.files) {
      const layer = classifier.layerOf(file);
      if (layer) present.add(layer);
    }
    const where = architectureLocation(context, project.root);
    return Object.keys(classifier.layers)
      .filter((layer) => !present.has(layer))
      .map((layer) =>
        context.finding({
          ...where,
          scope: 'change',
          message: `The declared layer \`${layer}\` has no code in ${project.root === '.' ? 'the project' : `\`${project.root}\``}: no file matches ${classifier.layers[layer]!.paths.slice(0, 2).map((glob) => `\`${glob}\``).join(' or ')}.`,
        }),
      );
  },
};
