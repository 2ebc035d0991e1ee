import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { classifierFor, entryLayers } from './architecture-support.js';
import { classifyDataImport } from './data-packages.js';
import type { DataAccessCall } from './data-access-facts.js';

/**
 * Routes and handlers (the entry layers: no other layer may import them) reach data through the
 * layers below. One finding per line where entry-layer code imports an ORM or database driver
 * itself, or runs a query: on a database handle (`db.session.query`, `prisma.user.findMany`), or
 * on a model class it imported from the model/repository layers or an ORM (`User.query.all()`).
 */
export const routeDataAccess: SemanticCheck = {
  name: 'route-data-access',
  run(model, project, _params, context) {
    const classifier = classifierFor(project.root, context);
    if (!classifier) return [];
    const entries = new Set(entryLayers(classifier.layers));
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      const layer = classifier.layerOf(file);
      if (!layer || !entries.has(layer)) continue;
      const python = model.files.get(file)?.grammar === 'python';
      const reported = new Set<number>();
      const dataLocals = new Set<string>();
      // Names bound by packages that are not data packages (`from flask import session`): never a database handle.
      const foreignLocals = new Set<string>();
      for (const edge of model.graph.edgesFrom(file)) {
        const target = edge.to ? classifier.layerOf(edge.to) : undefined;
        const data = edge.to ? undefined : classifyDataImport(edge.specifier, edge.names, python);
        // Names that can carry a model class: from an ORM, a bottom layer (models), or a layer the route may not use.
        const bringsModels =
          data !== undefined ||
          (target !== undefined && target !== layer && (!classifier.layers[layer]!.mayImport.includes(target) || isBottomLayer(target, classifier.layers)));
        if (!edge.to && !data && !edge.specifier.startsWith('.')) for (const local of edge.locals) foreignLocals.add(local);
        if (bringsModels) {
          for (const local of edge.locals) dataLocals.add(local);
          for (const name of edge.names) dataLocals.add(name);
        }
        if (!data || reported.has(edge.line)) continue;
        if (edge.typeOnly || onlySessionTypes(edge.names)) continue;
        reported.add(edge.line);
        findings.push(
          context.finding({
            file,
            line: edge.line,
            message: `\`${layer}\` code imports ${data.kind === 'orm' ? 'the ORM' : 'the database driver'} \`${data.name}\` directly; reach data through a service.`,
          }),
        );
      }
      for (const call of dataAccessCalls(model, file)) {
        if (reported.has(call.line)) continue;
        if (call.via === 'model' && !dataLocals.has(call.root)) continue;
        if (call.via === 'handle' && foreignLocals.has(call.root)) continue;
        reported.add(call.line);
        findings.push(
          context.finding({ file, line: call.line, message: `\`${layer}\` code runs a query itself (\`${call.callee}\`); move it into a repository and call it through a service.` }),
        );
      }
    }
    return findings;
  },
};

/**
 * `from sqlalchemy.orm import Session` in a route usually types an injected dependency
 * (`db: Session = Depends(get_db)`) handed on to a service; the queries, if any, are reported
 * where they run.
 */
const SESSION_TYPES = new Set(['Session', 'AsyncSession']);
function onlySessionTypes(names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => SESSION_TYPES.has(name));
}

/** A layer that imports no other layer: the models at the bottom of the clean preset. */
function isBottomLayer(layer: string, layers: Readonly<Record<string, { mayImport: string[] }>>): boolean {
  return (layers[layer]?.mayImport.length ?? 0) === 0;
}

function dataAccessCalls(model: SourceModel, file: string): DataAccessCall[] {
  return (model.files.get(file)?.checkFacts['data-access'] ?? []) as DataAccessCall[];
}
