import type { SourceModel } from '../../source/model.js';
import type { CheckContext, RuleFinding, SemanticCheck } from '../types.js';
import { classifyDataImport, ORMS_BUILT_ON_A_DRIVER, sameDataLayer, type DataPackage } from './data-packages.js';

interface DataImport {
  file: string;
  line: number;
  data: DataPackage;
}

function dataImports(model: SourceModel, context: CheckContext): DataImport[] {
  const found: DataImport[] = [];
  for (const file of context.files) {
    const python = model.files.get(file)?.grammar === 'python';
    for (const edge of model.graph.edgesFrom(file)) {
      if (edge.to || edge.typeOnly) continue;
      const data = classifyDataImport(edge.specifier, edge.names, python);
      if (data) found.push({ file, line: edge.line, data });
    }
  }
  return found;
}

/** One finding per line: a line importing two drivers is one place to fix. */
function onePerLine(imports: DataImport[], make: (entry: DataImport) => RuleFinding): RuleFinding[] {
  const seen = new Set<string>();
  const findings: RuleFinding[] = [];
  for (const entry of imports) {
    const key = `${entry.file}:${entry.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(make(entry));
  }
  return findings;
}

/**
 * With an ORM declared, application code does not talk to the database driver itself. A driver
 * imported next to an ORM that is built on it (`drizzle(new Pool())`) is that ORM's setup.
 */
export const rawDriverAccess: SemanticCheck = {
  name: 'raw-driver-access',
  run(model, _project, _params, context) {
    const declared = context.constraints.orm;
    if (!declared || declared === 'none') return [];
    const imports = dataImports(model, context);
    const ormFiles = new Set(imports.filter((entry) => entry.data.kind === 'orm' && sameDataLayer(declared, entry.data.orm)).map((entry) => entry.file));
    const raw = imports.filter(
      (entry) => entry.data.kind === 'driver' && !(ORMS_BUILT_ON_A_DRIVER.has(declared) && ormFiles.has(entry.file)),
    );
    return onePerLine(raw, (entry) =>
      context.finding({
        file: entry.file,
        line: entry.line,
        message: `\`${entry.data.name}\` gives raw database access; the project is declared to use ${declared} for data access.`,
      }),
    );
  },
};

/** With an ORM declared (or `none`), any other ORM or query builder in application code is a second data layer. */
export const secondOrm: SemanticCheck = {
  name: 'second-orm',
  run(model, _project, _params, context) {
    const declared = context.constraints.orm;
    if (!declared) return [];
    const others = dataImports(model, context).filter((entry) => entry.data.kind === 'orm' && !sameDataLayer(declared, entry.data.orm));
    return onePerLine(others, (entry) =>
      context.finding({
        file: entry.file,
        line: entry.line,
        message:
          declared === 'none'
            ? `\`${entry.data.name}\` adds an ORM, but the project is declared to use none.`
            : `\`${entry.data.name}\` is a second data layer; the project is declared to use ${declared}.`,
      }),
    );
  },
};
