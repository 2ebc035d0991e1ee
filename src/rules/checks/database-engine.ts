import type { SemanticCheck } from '../types.js';

const DESCRIBE: Record<string, string> = {
  'connection-url': 'connection URL',
  'driver-import': 'driver import',
  dialect: 'dialect',
  settings: 'database setting',
  'env-default': 'default of an environment lookup',
  'orm-import': 'ORM import',
};

/**
 * The prescribed database engine is the one the code uses: every database fact of another engine
 * (a connection URL, a driver import, a dialect, Django's DATABASES, the default of an env lookup)
 * is one finding at its line. Facts come from code only, so lock files and comments never count.
 */
export const databaseEngine: SemanticCheck = {
  name: 'database-engine',
  run(model, _project, _params, context) {
    const declared = context.constraints.database;
    if (!declared) return [];
    const findings = [];
    for (const file of context.files) {
      const reported = new Set<number>();
      for (const fact of model.files.get(file)?.database ?? []) {
        if (!fact.engine || fact.engine === declared || reported.has(fact.line)) continue;
        reported.add(fact.line);
        findings.push(
          context.finding({
            file,
            line: fact.line,
            message: `This ${DESCRIBE[fact.kind] ?? 'database use'} (\`${fact.subject}\`) targets ${fact.engine}${fact.isDefault ? ' by default' : ''}, but the project is declared to use ${declared}.`,
          }),
        );
      }
    }
    return findings;
  },
};
