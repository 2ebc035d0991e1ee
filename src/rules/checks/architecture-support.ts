import type { Constraints, LayerDefinition } from '../../config/types.js';
import { createLayerClassifier, type LayerClassifier } from '../../source/layers.js';
import type { CheckContext } from '../types.js';

/** The declared layers of a project's constraints, or undefined when no architecture is declared. */
export function declaredLayers(constraints: Constraints): Readonly<Record<string, LayerDefinition>> | undefined {
  return constraints.architecture ? constraints.architecture.layers : undefined;
}

export function classifierFor(projectRoot: string, context: CheckContext): LayerClassifier | undefined {
  const layers = declaredLayers(context.constraints);
  if (!layers) return undefined;
  // The architecture checks of one run share a classifier per project and constraints: each
  // remembers the layer of every file it was asked about (20,000 files x several layer globs).
  let byRoot = classifiers.get(context.constraints);
  if (!byRoot) classifiers.set(context.constraints, (byRoot = new Map()));
  let classifier = byRoot.get(projectRoot);
  if (!classifier || classifier.layers !== layers) byRoot.set(projectRoot, (classifier = createLayerClassifier(projectRoot, layers)));
  return classifier;
}

const classifiers = new WeakMap<object, Map<string, LayerClassifier>>();

/** Layers `from` reaches through `may-import`, transitively (itself excluded unless a cycle leads back). */
export function reachableLayers(layers: Readonly<Record<string, LayerDefinition>>, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...(layers[from]?.mayImport ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(layers[next]?.mayImport ?? []));
  }
  return seen;
}

/**
 * The entry layers: those no other layer may import (routes/handlers in the clean preset). Their
 * code must reach data through the layers below, never by itself.
 */
export function entryLayers(layers: Readonly<Record<string, LayerDefinition>>): string[] {
  const imported = new Set(Object.values(layers).flatMap((layer) => layer.mayImport));
  return Object.keys(layers).filter((name) => !imported.has(name) && (layers[name]?.mayImport.length ?? 0) > 0);
}

/** Where the architecture is declared in the config, for findings about the project as a whole. */
export function architectureLocation(context: CheckContext, projectRoot: string): { file: string; line: number } {
  const index = context.config.projects.findIndex((project) => project.root === projectRoot && project.constraints);
  const path = index >= 0 ? ['projects', index, 'constraints', 'architecture'] : ['constraints', 'architecture'];
  if (!context.config.file) return { file: projectRoot, line: 1 };
  return { file: context.config.file, line: context.config.locate(path).line };
}
