import type { ExtractContext } from '../../source/extract.js';
import { addImportTimeLoopFacts } from './python-import-time-facts.js';
import { addSqlAlchemyClassFacts } from './sqlalchemy-class-facts.js';
import { addSqlAlchemySessionFacts } from './sqlalchemy-session-facts.js';

/**
 * The fact collectors of the SQLAlchemy checks, spread into COLLECTORS (check-facts.ts) as one
 * entry per collector, so each runs only when one of its checks is in use.
 */
export const SQLALCHEMY_COLLECTORS: { languages: 'python'; collect: (context: ExtractContext) => void; checks: string[] }[] = [
  {
    languages: 'python',
    collect: addSqlAlchemySessionFacts,
    checks: ['sqlalchemy-detached-lazy-load', 'sqlalchemy-async-lazy-load', 'sqlalchemy-lazy-load-in-loop', 'sqlalchemy-uncommitted-write'],
  },
  { languages: 'python', collect: addSqlAlchemyClassFacts, checks: ['sqlalchemy-unmapped-entity', 'sqlalchemy-generic-type-operator'] },
  { languages: 'python', collect: addImportTimeLoopFacts, checks: ['sqlalchemy-pool-at-import'] },
];
