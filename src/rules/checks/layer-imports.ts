import type { SemanticCheck } from '../types.js';
import { classifierFor, reachableLayers } from './architecture-support.js';

/**
 * Dependency direction over the resolved import graph: an import from a file of layer A into a
 * file of layer B is allowed when A == B or B is in A's `may-import`. Everything else is one
 * finding on the import line: an upward import (B may reach A) or a skipped layer.
 */
export const layerImports: SemanticCheck = {
  name: 'layer-imports',
  run(model, project, _params, context) {
    const classifier = classifierFor(project.root, context);
    if (!classifier) return [];
    const findings = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      const from = classifier.layerOf(file);
      if (!from) continue;
      const allowed = classifier.layers[from]!.mayImport;
      const reported = new Set<number>();
      for (const edge of model.graph.edgesFrom(file)) {
        if (!edge.to) continue;
        const to = classifier.layerOf(edge.to);
        if (!to || to === from || allowed.includes(to) || reported.has(edge.line)) continue;
        reported.add(edge.line);
        const upward = reachableLayers(classifier.layers, to).has(from);
        const allowedText = allowed.length ? `may import only ${allowed.map((name) => `\`${name}\``).join(', ')}` : 'may import no other layer';
        findings.push(
          context.finding({
            file,
            line: edge.line,
            message: upward
              ? `\`${from}\` code imports \`${edge.to}\` from the higher layer \`${to}\`; dependencies must point down (\`${from}\` ${allowedText}).`
              : `\`${from}\` code imports \`${edge.to}\` from \`${to}\`, skipping a layer (\`${from}\` ${allowedText}).`,
          }),
        );
      }
    }
    return findings;
  },
};
