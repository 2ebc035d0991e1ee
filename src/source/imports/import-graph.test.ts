import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../build-model.js';
import type { ImportEdge } from '../model.js';

function edgeSummary(edges: readonly ImportEdge[]): string[] {
  return edges.map((edge) => {
    const target = edge.to ?? (edge.package ? `package:${edge.package}` : 'unresolved');
    return `${edge.line} ${edge.specifier} [${edge.names.join(',')}] -> ${target}${edge.typeOnly ? ' (type)' : ''}`;
  });
}

describe('Python import resolution', () => {
  const workspace = memoryWorkspace({
    'services/api/pyproject.toml': '[project]\nname = "shop"\n',
    'services/api/src/shop/__init__.py': '',
    'services/api/src/shop/main.py': [
      'from .routes import users',
      'from shop.services.billing import charge',
      'import sqlalchemy.orm',
      'from . import db, VERSION',
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from shop.models.user import User',
    ].join('\n'),
    'services/api/src/shop/routes/__init__.py': '',
    'services/api/src/shop/routes/users.py': [
      'from ..services import billing, helper_value',
      'from ..models.user import User',
      'from ...outside import thing',
      'from ..models import *',
    ].join('\n'),
    'services/api/src/shop/services/__init__.py': 'helper_value = 1\n',
    'services/api/src/shop/services/billing.py': 'import shop.models.user as u\nfrom shop.db import session\n',
    'services/api/src/shop/models/user.py': 'class User: pass\n',
    'services/api/src/shop/db.py': 'session = None\n',
    'scripts/seed.py': 'import helpers\nfrom shop import main\nimport shop.models\n',
    'scripts/helpers.py': '',
  });

  it('resolves relative and absolute imports against inferred package roots', async () => {
    const { graph } = await buildSourceModel(workspace);
    expect(edgeSummary(graph.edgesFrom('services/api/src/shop/main.py'))).toEqual([
      '1 .routes [users] -> services/api/src/shop/routes/users.py',
      '2 shop.services.billing [charge] -> services/api/src/shop/services/billing.py',
      '3 sqlalchemy.orm [] -> package:sqlalchemy',
      '4 . [db] -> services/api/src/shop/db.py',
      '4 . [VERSION] -> services/api/src/shop/__init__.py',
      '5 typing [TYPE_CHECKING] -> package:typing',
      '7 shop.models.user [User] -> services/api/src/shop/models/user.py (type)',
    ]);
    expect(edgeSummary(graph.edgesFrom('services/api/src/shop/routes/users.py'))).toEqual([
      '1 ..services [billing] -> services/api/src/shop/services/billing.py',
      '1 ..services [helper_value] -> services/api/src/shop/services/__init__.py',
      '2 ..models.user [User] -> services/api/src/shop/models/user.py',
      '3 ...outside [thing] -> unresolved',
      '4 ..models [*] -> unresolved',
    ]);
    expect(edgeSummary(graph.edgesFrom('services/api/src/shop/services/billing.py'))).toEqual([
      '1 shop.models.user [] -> services/api/src/shop/models/user.py',
      '2 shop.db [session] -> services/api/src/shop/db.py',
    ]);
    // A script outside any package sees its own directory, and the inferred `src/` root.
    expect(edgeSummary(graph.edgesFrom('scripts/seed.py'))).toEqual([
      '1 helpers [] -> scripts/helpers.py',
      '2 shop [main] -> services/api/src/shop/main.py',
      '3 shop.models [] -> unresolved',
    ]);
  });

  it('answers incoming edges and ad-hoc resolution', async () => {
    const { graph } = await buildSourceModel(workspace);
    expect(graph.edgesTo('services/api/src/shop/models/user.py').map((edge) => edge.from)).toEqual([
      'services/api/src/shop/main.py',
      'services/api/src/shop/routes/users.py',
      'services/api/src/shop/services/billing.py',
    ]);
    expect(graph.resolve('services/api/src/shop/routes/users.py', '..db')).toBe('services/api/src/shop/db.py');
    expect(graph.resolve('services/api/src/shop/routes/users.py', 'db', 2)).toBe('services/api/src/shop/db.py');
    expect(graph.resolve('services/api/src/shop/main.py', 'shop.services')).toBe('services/api/src/shop/services/__init__.py');
    expect(graph.resolve('services/api/src/shop/main.py', 'flask')).toBeUndefined();
  });
});

describe('JavaScript and TypeScript import resolution', () => {
  const workspace = memoryWorkspace({
    'tsconfig.base.json': [
      '{',
      '  // shared settings',
      '  "compilerOptions": {',
      '    "baseUrl": ".",',
      '    "paths": { "@shared/*": ["packages/shared/src/*"], },',
      '  },',
      '}',
    ].join('\n'),
    'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "baseUrl": "src", "paths": { "@/*": ["./*"] } } }',
    'apps/api/src/index.ts': [
      "import app from './app.js';",
      "import { users } from '@/routes';",
      "import { db } from 'lib/db';",
      "import type { User } from '@/models/user';",
      "import express from 'express';",
      "import { missing } from '@/missing';",
      "const pg = require('pg');",
      "export * from './types';",
      "import { Prisma } from '@prisma/client/runtime';",
      "import fs from 'node:fs';",
    ].join('\n'),
    'apps/api/src/app.ts': 'export default {};\n',
    'apps/api/src/routes/index.ts': "import { helper } from '../util';\n",
    'apps/api/src/util.tsx': 'export const helper = 1;\n',
    'apps/api/src/lib/db.ts': 'export const db = 1;\n',
    'apps/api/src/models/user.ts': 'export interface User {}\n',
    'apps/api/src/types.ts': 'export type Id = string;\n',
    'apps/worker/tsconfig.json': '{ "extends": "../../tsconfig.base" }',
    'apps/worker/main.js': "import { log } from '@shared/log';\nimport config from '@acme/config';\nimport data from './data.json';\nimport { x } from '../../outside/x.mjs';\n",
    'apps/worker/data.json': '{}',
    'packages/shared/src/log.ts': 'export const log = 1;\n',
    'packages/config/package.json': '{ "name": "@acme/config", "main": "dist/index.js" }',
    'packages/config/src/index.ts': 'export default {};\n',
    'outside/x.mts': 'export const x = 1;\n',
  });

  it('resolves relative paths, extensions, index files, paths, baseUrl, extends and monorepo packages', async () => {
    const { graph } = await buildSourceModel(workspace);
    expect(edgeSummary(graph.edgesFrom('apps/api/src/index.ts'))).toEqual([
      '1 ./app.js [default] -> apps/api/src/app.ts',
      '2 @/routes [users] -> apps/api/src/routes/index.ts',
      '3 lib/db [db] -> apps/api/src/lib/db.ts',
      '4 @/models/user [User] -> apps/api/src/models/user.ts (type)',
      '5 express [default] -> package:express',
      '6 @/missing [missing] -> unresolved',
      '7 pg [] -> package:pg',
      '8 ./types [*] -> apps/api/src/types.ts',
      '9 @prisma/client/runtime [Prisma] -> package:@prisma/client',
      '10 node:fs [default] -> package:node:fs',
    ]);
    expect(edgeSummary(graph.edgesFrom('apps/api/src/routes/index.ts'))).toEqual(['1 ../util [helper] -> apps/api/src/util.tsx']);
    expect(edgeSummary(graph.edgesFrom('apps/worker/main.js'))).toEqual([
      '1 @shared/log [log] -> packages/shared/src/log.ts',
      '2 @acme/config [default] -> packages/config/src/index.ts',
      '3 ./data.json [default] -> apps/worker/data.json',
      '4 ../../outside/x.mjs [x] -> outside/x.mts',
    ]);
    expect(graph.edgesTo('apps/api/src/util.tsx').map((edge) => edge.from)).toEqual(['apps/api/src/routes/index.ts']);
    expect(graph.resolve('apps/api/src/app.ts', '@/lib/db')).toBe('apps/api/src/lib/db.ts');
  });
});
