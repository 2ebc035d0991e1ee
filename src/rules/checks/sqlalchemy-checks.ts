import type { SemanticCheck } from '../types.js';
import { sqlalchemyGenericTypeOperator, sqlalchemyUnmappedEntity } from './sqlalchemy-class-checks.js';
import { sqlalchemyAsyncLazyLoad, sqlalchemyDetachedLazyLoad, sqlalchemyLazyLoadInLoop } from './sqlalchemy-lazy-loads.js';
import { sqlalchemyPoolAtImport } from './sqlalchemy-pool-at-import.js';
import { sqlalchemyUncommittedWrite } from './sqlalchemy-unit-of-work.js';

/** The SQLAlchemy semantic checks, spread into CHECKS (index.ts). */
export const SQLALCHEMY_CHECKS: readonly SemanticCheck[] = [
  sqlalchemyDetachedLazyLoad,
  sqlalchemyAsyncLazyLoad,
  sqlalchemyLazyLoadInLoop,
  sqlalchemyUncommittedWrite,
  sqlalchemyUnmappedEntity,
  sqlalchemyGenericTypeOperator,
  sqlalchemyPoolAtImport,
];
