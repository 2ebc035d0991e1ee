import type { ModelFact } from '../../source/facts.js';
import { resolveSymbol, type SymbolIndex } from '../../source/routes/symbols.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { usesFastapi } from './fastapi-blocking-call.js';
import { FASTAPI_SCHEMA_USES, type FastapiSchemaUseFact } from './fastapi-schema-facts.js';

/**
 * One class used both as ORM model and as API schema: a SQLAlchemy or Django model given to FastAPI
 * as `response_model=`, as the return annotation it infers the response model from, or as the type
 * of a body parameter. A SQLModel `table=True` class is the documented shortcut for responses and is
 * reported only as a request body, where the client could set every column; SQLModel classes
 * without `table=True` are schemas and never reported. Names are followed through the imports.
 */
const ORMS: Record<string, string> = { sqlalchemy: 'SQLAlchemy', django: 'Django', sqlmodel: 'SQLModel table' };

export const fastapiOrmModelAsSchema: SemanticCheck = {
  name: 'fastapi-orm-model-as-schema',
  run(model, project, _params, context) {
    if (!usesFastapi(model, project, context.files)) return [];
    const symbols: SymbolIndex = { files: model.files, graph: model.graph };
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const use of (model.files.get(file)?.checkFacts[FASTAPI_SCHEMA_USES] ?? []) as FastapiSchemaUseFact[]) {
        const target = resolveSymbol(symbols, file, use.name);
        if (!target?.name || target.rest.length > 0) continue;
        const orm = model.files.get(target.file)?.models.find((candidate) => candidate.name === target.name && candidate.orm in ORMS);
        if (!orm || (orm.orm === 'sqlmodel' && use.kind !== 'body')) continue;
        findings.push(context.finding({ file, line: use.line, message: describe(use, orm) }));
      }
    }
    return findings;
  },
};

function describe(use: FastapiSchemaUseFact, orm: ModelFact): string {
  const kind = ORMS[orm.orm]!;
  const role = use.kind === 'body' ? 'request body' : use.kind === 'return' ? 'return annotation (so the response model)' : 'response model';
  const subject = `\`${use.name}\` is a ${kind} model used as the ${role} of \`${use.endpoint}\``;
  if (orm.orm === 'sqlmodel') {
    return `${subject}: the client can set every column of the table, \`id\` and server-owned fields included. Accept a SQLModel class without \`table=True\` (\`${orm.name}Create\`) and copy it into the table model.`;
  }
  return `${subject}: FastAPI cannot build a Pydantic schema from it (FastAPIError "Invalid args for response field" at startup), and the API would be tied to the table, every column exposed. Declare a Pydantic schema (\`model_config = ConfigDict(from_attributes=True)\`) for the API.`;
}
