// Seeds defects and near misses into the generated corpus (bench/generate-corpus.mjs --defects),
// for the comparison with other tools (bench/peers.mjs). Every defect is a real instance of one of
// the compared rules; every near miss is code a sloppy pattern would flag but the rule must not.
// Lines are looked up after all edits (by a needle unique in its file), so the manifest describes
// the files exactly as written.
//
// Families (one per compared rule group):
//   layering       a route importing a repository (absolute, relative, through a tsconfig path
//                  alias), an upward import
//   sql            SQL built from an f-string in text()/fetch(), from a template literal in
//                  sequelize.query()/pool.query()
//   joinedload     joinedload() of a collection consumed by scalar_one_or_none() without unique()
//   sync-force     sequelize.sync({ force: true }) in application code
//   include-alias  an include whose `as` matches no association between the two models

import { seededRandom } from '../seeded-random.mjs';

/** Names and paths of one entity in both backends, as generate-corpus.mjs lays them out. */
function describe(entity, pascal, camel) {
  const kebab = entity.snake.replaceAll('_', '-');
  return {
    entity,
    cls: pascal(entity.snake),
    variable: camel(entity.snake),
    table: `${entity.domain}_${entity.snake}s`,
    pyModule: `${entity.domain}.${entity.snake}`,
    tsModule: `${entity.domain}/${kebab}`,
    py: (layer) => `backend-py/app/${layer}/${entity.domain}/${entity.snake}.py`,
    ts: (layer) => `backend-ts/src/${layer}/${entity.domain}/${kebab}.ts`,
    firstField: entity.fields[0].name,
  };
}

/**
 * Seeds the base defects into `files` (relative path -> text) and returns what the change commit
 * and the manifest need. `n` defects of each kind, `n` near misses of each near-miss kind.
 */
export function seedDefects({ files, entities, seed, pascal, camel }) {
  // Seeded apart from the corpus' own generator, so the default corpus never changes.
  const random = seededRandom(seed + 1);
  const d = (entity) => describe(entity, pascal, camel);
  const childrenOf = new Map();
  for (const entity of entities) if (entity.parent) childrenOf.set(entity.parent, [...(childrenOf.get(entity.parent) ?? []), entity]);

  // A fixed shuffle of the entities; kinds take entities from it in turn, never one already edited.
  const order = entities.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other], order[index]];
  }
  const used = new Set();
  let cursor = 0;
  function take(eligible = () => true) {
    for (let tries = 0; tries < order.length; tries++) {
      const entity = entities[order[cursor++ % order.length]];
      if (!used.has(entity) && eligible(entity)) return entity;
    }
    throw new Error('bench corpus too small for the seeded defects');
  }
  const claim = (...list) => list.forEach((entity) => used.add(entity));

  let changeFiles = [];
  const marks = []; // { list: 'defects' | 'nearMisses', file, needle, spanFrom?, kind, family, language, change }
  let inChange = false;
  const touched = new Set();
  const mark = (list, file, needle, kind, family, spanFrom) =>
    marks.push({ list, file, needle, spanFrom, kind, family, language: file.endsWith('.py') ? 'python' : 'typescript', change: inChange });
  const edit = (file, transform) => {
    const text = files.get(file);
    if (text === undefined) throw new Error(`bench corpus has no ${file}`);
    files.set(file, transform(text));
    touched.add(file);
  };
  const add = (file, text) => {
    if (files.has(file)) throw new Error(`bench corpus already has ${file}`);
    files.set(file, text);
    touched.add(file);
  };

  // --- edit helpers, tied to the templates of generate-corpus.mjs ---------------------------------
  const insertAfterLine = (text, startsWith, line) => {
    const lines = text.split('\n');
    const index = lines.findIndex((candidate) => candidate.startsWith(startsWith));
    if (index < 0) throw new Error(`bench corpus: no line starting with ${startsWith}`);
    lines.splice(index + 1, 0, line);
    return lines.join('\n');
  };
  const pyImport = (file, line) => edit(file, (text) => (text.includes(`${line}\n`) ? text : insertAfterLine(text, 'from sqlalchemy.ext.asyncio import AsyncSession', line)));
  const pyImportText = (file) => edit(file, (text) => text.replace('from sqlalchemy import delete, func, select\n', 'from sqlalchemy import delete, func, select, text\n'));
  const pyMethod = (file, method) => edit(file, (text) => `${text}\n${method}`);
  const tsImport = (file, line) =>
    edit(file, (text) => {
      if (text.includes(`${line}\n`)) return text;
      const lines = text.split('\n');
      const last = lines.findLastIndex((candidate) => candidate.startsWith('import '));
      lines.splice(last + 1, 0, line);
      return lines.join('\n');
    });
  const tsMethod = (file, method) =>
    edit(file, (text) => {
      const end = text.lastIndexOf('\n}\n');
      return `${text.slice(0, end + 1)}\n${method}${text.slice(end + 1)}`;
    });
  const tsAppend = (file, code) => edit(file, (text) => `${text}\n${code}`);
  const pyAppend = (file, code) => edit(file, (text) => `${text}\n\n${code}`);
  const parentModule = (child) => d(child.parent);

  // --- kinds -----------------------------------------------------------------------------------
  const KINDS = {
    // layering
    'route-imports-repository:python': {
      list: 'defects', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `from app.repositories.${e.pyModule} import ${e.cls}Repository`;
        edit(e.py('routes'), (text) => insertAfterLine(text, `from app.services.${e.pyModule} import`, line));
        mark(this.list, e.py('routes'), line, 'route-imports-repository', this.family);
      },
    },
    'route-imports-repository-relative:python': {
      list: 'defects', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `from ...repositories.${e.pyModule} import ${e.cls}Repository`;
        edit(e.py('routes'), (text) => insertAfterLine(text, `from app.services.${e.pyModule} import`, line));
        mark(this.list, e.py('routes'), line, 'route-imports-repository-relative', this.family);
      },
    },
    'upward-import:python': {
      list: 'defects', family: 'layering',
      pick: () => [take(), take()],
      apply([entity, other]) {
        const e = d(entity);
        const o = d(other);
        const line = `from app.services.${o.pyModule} import ${o.cls}Service`;
        edit(e.py('repositories'), (text) => insertAfterLine(text, `from app.models.${e.pyModule} import`, line));
        mark(this.list, e.py('repositories'), line, 'repository-imports-service', this.family);
      },
      claims: 1,
    },
    'route-imports-repository:typescript': {
      list: 'defects', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `import { ${e.cls}Repository } from '@/repositories/${e.tsModule}';`;
        tsImport(e.ts('routes'), line);
        mark(this.list, e.ts('routes'), line, 'route-imports-repository', this.family);
      },
    },
    'route-imports-repository-relative:typescript': {
      list: 'defects', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `import { ${e.cls}Repository } from '../../repositories/${e.tsModule}';`;
        tsImport(e.ts('routes'), line);
        mark(this.list, e.ts('routes'), line, 'route-imports-repository-relative', this.family);
      },
    },
    'route-imports-repository-alias:typescript': {
      list: 'defects', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        // `@data/*` is a tsconfig path alias of src/repositories/*: only a resolver sees the layer.
        const line = `import { ${e.cls}Repository } from '@data/${e.tsModule}';`;
        tsImport(e.ts('routes'), line);
        mark(this.list, e.ts('routes'), line, 'route-imports-repository-alias', this.family);
      },
    },
    'upward-import:typescript': {
      list: 'defects', family: 'layering',
      pick: () => [take(), take()],
      apply([entity, other]) {
        const e = d(entity);
        const o = d(other);
        const line = `import { ${o.variable}Service } from '@/services/${o.tsModule}';`;
        tsImport(e.ts('repositories'), line);
        mark(this.list, e.ts('repositories'), line, 'repository-imports-service', this.family);
      },
      claims: 1,
    },
    'route-imports-model:python': {
      list: 'nearMisses', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `from app.models.${e.pyModule} import ${e.cls}`;
        edit(e.py('routes'), (text) => insertAfterLine(text, `from app.services.${e.pyModule} import`, line));
        mark(this.list, e.py('routes'), line, 'route-imports-model', this.family);
      },
    },
    'route-imports-model:typescript': {
      list: 'nearMisses', family: 'layering',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const line = `import type { ${e.cls} } from '@/models/${e.tsModule}';`;
        tsImport(e.ts('routes'), line);
        mark(this.list, e.ts('routes'), line, 'route-imports-model', this.family);
      },
    },

    // sql
    'fstring-in-text:python': {
      list: 'defects', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `result = await self.session.execute(text(f"SELECT * FROM ${e.table} WHERE ${e.firstField} = '{term}'"))`;
        pyImportText(e.py('repositories'));
        pyMethod(e.py('repositories'), `    async def search_raw(self, term: str) -> Sequence[${e.cls}]:\n        ${call}\n        return result.scalars().all()\n`);
        mark(this.list, e.py('repositories'), call, 'fstring-in-text', this.family);
      },
    },
    'fstring-in-fetch:python': {
      list: 'defects', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `return await connection.fetch(f"SELECT id FROM ${e.table} WHERE created_at > '{since}'")`;
        pyMethod(e.py('repositories'), `    async def export_since(self, connection, since: str):\n        ${call}\n`);
        mark(this.list, e.py('repositories'), call, 'fstring-in-fetch', this.family);
      },
    },
    'template-in-sequelize-query:typescript': {
      list: 'defects', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `const [rows] = await sequelize.query(\`SELECT * FROM ${e.table} WHERE title = '\${term}'\`);`;
        tsImport(e.ts('repositories'), `import { sequelize } from '@/db/sequelize';`);
        tsMethod(e.ts('repositories'), `  async searchRaw(term: string): Promise<unknown[]> {\n    ${call}\n    return rows;\n  }\n`);
        mark(this.list, e.ts('repositories'), call, 'template-in-sequelize-query', this.family);
      },
    },
    'template-in-pool-query:typescript': {
      list: 'defects', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `await pool.query(\`DELETE FROM ${e.table} WHERE id = \${id}\`);`;
        tsImport(e.ts('repositories'), `import { pool } from '@/db/pool';`);
        tsMethod(e.ts('repositories'), `  async purge(id: number): Promise<void> {\n    ${call}\n  }\n`);
        mark(this.list, e.ts('repositories'), call, 'template-in-pool-query', this.family);
      },
    },
    'constant-fstring-in-text:python': {
      list: 'nearMisses', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `result = await self.session.execute(text(f"SELECT count(*) FROM ${e.table}"))`;
        pyImportText(e.py('repositories'));
        pyMethod(e.py('repositories'), `    async def count_raw(self) -> int:\n        ${call}\n        return int(result.scalar_one())\n`);
        mark(this.list, e.py('repositories'), call, 'constant-fstring-in-text', this.family);
      },
    },
    'bound-parameter-in-text:python': {
      list: 'nearMisses', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `statement = text("SELECT * FROM ${e.table} WHERE ${e.firstField} = :term").bindparams(term=term)`;
        pyImportText(e.py('repositories'));
        pyMethod(e.py('repositories'), `    async def search_bound(self, term: str) -> Sequence[${e.cls}]:\n        ${call}\n        result = await self.session.execute(statement)\n        return result.scalars().all()\n`);
        mark(this.list, e.py('repositories'), call, 'bound-parameter-in-text', this.family);
      },
    },
    'placeholder-in-fetch:python': {
      list: 'nearMisses', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `return await connection.fetch("SELECT id FROM ${e.table} WHERE created_at > $1", since)`;
        pyMethod(e.py('repositories'), `    async def export_since(self, connection, since: str):\n        ${call}\n`);
        mark(this.list, e.py('repositories'), call, 'placeholder-in-fetch', this.family);
      },
    },
    'replacements-in-sequelize-query:typescript': {
      list: 'nearMisses', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `const [rows] = await sequelize.query('SELECT * FROM ${e.table} WHERE title = :term', { replacements: { term } });`;
        tsImport(e.ts('repositories'), `import { sequelize } from '@/db/sequelize';`);
        tsMethod(e.ts('repositories'), `  async searchBound(term: string): Promise<unknown[]> {\n    ${call}\n    return rows;\n  }\n`);
        mark(this.list, e.ts('repositories'), call, 'replacements-in-sequelize-query', this.family);
      },
    },
    'constant-template-in-pool-query:typescript': {
      list: 'nearMisses', family: 'sql',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = `const result = await pool.query(\`SELECT id FROM ${e.table} ORDER BY id DESC LIMIT 10\`);`;
        tsImport(e.ts('repositories'), `import { pool } from '@/db/pool';`);
        tsMethod(e.ts('repositories'), `  async latestIds(): Promise<unknown[]> {\n    ${call}\n    return result.rows;\n  }\n`);
        mark(this.list, e.ts('repositories'), call, 'constant-template-in-pool-query', this.family);
      },
    },

    // joinedload: the parent gets a collection relationship, its repository loads it
    'joinedload-collection-without-unique:python': {
      list: 'defects', family: 'joinedload',
      pick: () => parentAndChild(),
      apply([parent, child]) {
        const { file, consume, start } = eagerLoad(parent, child, 'joinedload', 'get_with_items', 'result.scalar_one_or_none()');
        mark(this.list, file, consume, 'joinedload-collection-without-unique', this.family, start);
      },
    },
    'joinedload-collection-with-unique:python': {
      list: 'nearMisses', family: 'joinedload',
      pick: () => parentAndChild(),
      apply([parent, child]) {
        const { file, consume } = eagerLoad(parent, child, 'joinedload', 'get_with_items', 'result.unique().scalar_one_or_none()');
        mark(this.list, file, consume, 'joinedload-collection-with-unique', this.family);
      },
    },
    'selectinload-collection:python': {
      list: 'nearMisses', family: 'joinedload',
      pick: () => parentAndChild(),
      apply([parent, child]) {
        const { file, consume } = eagerLoad(parent, child, 'selectinload', 'get_with_items', 'result.scalar_one_or_none()');
        mark(this.list, file, consume, 'selectinload-collection', this.family);
      },
    },
    'joinedload-many-to-one:python': {
      list: 'nearMisses', family: 'joinedload',
      pick: () => [take((entity) => entity.parent && !entity.parent.snake.endsWith('s'))],
      apply([entity]) {
        const e = d(entity);
        const file = e.py('repositories');
        const consume = `return result.scalar_one_or_none()  # with ${entity.parent.snake}`;
        pyImport(file, 'from sqlalchemy.orm import joinedload, selectinload');
        pyMethod(file, `    async def get_with_${entity.parent.snake}(self, item_id: int) -> Optional[${e.cls}]:\n        statement = select(${e.cls}).options(joinedload(${e.cls}.${entity.parent.snake})).where(${e.cls}.id == item_id)\n        result = await self.session.execute(statement)\n        ${consume}\n`);
        mark(this.list, file, consume, 'joinedload-many-to-one', this.family);
      },
    },

    // sync-force
    'sync-force-in-app:typescript': {
      list: 'defects', family: 'sync-force',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = 'await sequelize.sync({ force: true });';
        tsImport(e.ts('services'), `import { sequelize } from '@/db/sequelize';`);
        tsAppend(e.ts('services'), `export async function reset${e.cls}Tables(): Promise<void> {\n  ${call}\n}\n`);
        mark(this.list, e.ts('services'), call, 'sync-force-in-app', this.family);
      },
    },
    'sync-alter-in-app:typescript': {
      list: 'nearMisses', family: 'sync-force',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const call = 'await sequelize.sync({ alter: true });';
        tsImport(e.ts('services'), `import { sequelize } from '@/db/sequelize';`);
        tsAppend(e.ts('services'), `export async function migrate${e.cls}Tables(): Promise<void> {\n  ${call}\n}\n`);
        mark(this.list, e.ts('services'), call, 'sync-alter-in-app', this.family);
      },
    },
    'sync-force-in-test:typescript': {
      list: 'nearMisses', family: 'sync-force',
      pick: () => [take()],
      apply([entity]) {
        const e = d(entity);
        const file = `backend-ts/test/${e.tsModule}.test.ts`;
        const call = 'await sequelize.sync({ force: true });';
        add(file, `import { sequelize } from '@/db/sequelize';\nimport { ${e.variable}Service } from '@/services/${e.tsModule}';\n\nbeforeAll(async () => {\n  ${call}\n});\n\ntest('creates a ${entity.snake}', async () => {\n  const item = await ${e.variable}Service.create({});\n  expect(item.id).toBeDefined();\n});\n`);
        mark(this.list, file, call, 'sync-force-in-test', this.family);
      },
    },

    // include-alias: the child belongs to its parent `as: '<parent>'`
    'include-alias-mismatch:typescript': {
      list: 'defects', family: 'include-alias',
      pick: () => [take((entity) => entity.parent)],
      apply([entity]) {
        const line = include(entity, 'owner', 'listWithOwner');
        mark(this.list, d(entity).ts('repositories'), line, 'include-alias-mismatch', this.family);
      },
    },
    'include-alias-match:typescript': {
      list: 'nearMisses', family: 'include-alias',
      pick: () => [take((entity) => entity.parent)],
      apply([entity]) {
        const line = include(entity, camel(entity.parent.snake), `listWith${pascal(entity.parent.snake)}`);
        mark(this.list, d(entity).ts('repositories'), line, 'include-alias-match', this.family);
      },
    },
  };

  function parentAndChild() {
    const parent = take((entity) => childrenOf.has(entity) && childrenOf.get(entity).some((child) => !used.has(child)));
    const child = childrenOf.get(parent).find((candidate) => !used.has(candidate));
    return [parent, child];
  }

  /** A collection relationship on the parent model, and a repository method that eager-loads it. */
  function eagerLoad(parent, child, loader, method, consumeCall) {
    const p = d(parent);
    const c = d(child);
    const collection = `${child.snake}_items`;
    edit(p.py('models'), (text) => insertAfterLine(text, '    id: Mapped[int] = mapped_column(Integer, primary_key=True)', `    ${collection}: Mapped[list["${c.cls}"]] = relationship(viewonly=True)`));
    const file = p.py('repositories');
    const start = `async def ${method}(self, item_id: int)`;
    const consume = `return ${consumeCall}`;
    pyImport(file, 'from sqlalchemy.orm import joinedload, selectinload');
    pyMethod(file, `    ${start} -> Optional[${p.cls}]:\n        statement = select(${p.cls}).options(${loader}(${p.cls}.${collection})).where(${p.cls}.id == item_id)\n        result = await self.session.execute(statement)\n        ${consume}\n`);
    return { file, consume, start };
  }

  /** A repository method of the child that includes its parent under the alias `as`. */
  function include(entity, as, method) {
    const e = d(entity);
    const p = d(entity.parent);
    const line = `return ${e.cls}.findAll({ include: [{ model: ${p.cls}, as: '${as}' }] });`;
    tsImport(e.ts('repositories'), `import { ${p.cls} } from '@/models/${p.tsModule}';`);
    tsMethod(e.ts('repositories'), `  async ${method}(): Promise<${e.cls}[]> {\n    ${line}\n  }\n`);
    return line;
  }

  function seed(kindName) {
    const kind = KINDS[kindName];
    const picked = kind.pick();
    // An upward import's target is only read, so only the importing entity is claimed.
    claim(...picked.slice(0, kind.claims ?? picked.length));
    kind.apply(picked);
  }

  edit('backend-ts/tsconfig.json', (text) => text.replace('"paths": { "@/*": ["src/*"] }', '"paths": { "@/*": ["src/*"], "@data/*": ["src/repositories/*"] }'));
  files.set('backend-ts/src/db/pool.ts', `import pg from 'pg';\n\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n`);
  const perKind = Math.max(2, Math.round(entities.length / 60));
  for (let round = 0; round < perKind; round++) for (const kindName of Object.keys(KINDS)) seed(kindName);

  return {
    /** The second commit: 20 files changed, with one new defect of each kind group and near misses. */
    change() {
      inChange = true;
      touched.clear();
      for (const kindName of [
        'route-imports-repository:python',
        'route-imports-repository:typescript',
        'upward-import:typescript',
        'fstring-in-text:python',
        'template-in-sequelize-query:typescript',
        'joinedload-collection-without-unique:python',
        'sync-force-in-app:typescript',
        'include-alias-mismatch:typescript',
        'route-imports-model:python',
        'bound-parameter-in-text:python',
        'constant-template-in-pool-query:typescript',
        'joinedload-collection-with-unique:python',
        'sync-force-in-test:typescript',
        'include-alias-match:typescript',
      ]) seed(kindName);
      // Unremarkable edits make up the rest of the 20 files, as in bench/run.mjs.
      while (touched.size < 20) {
        const e = d(take());
        claim(e.entity);
        if (touched.size % 2 === 0) pyAppend(e.py('services'), 'def audit_hook(event: str) -> str:\n    return event.upper()\n');
        else tsAppend(e.ts('services'), 'export function auditHook(event: string): string {\n  return event.toUpperCase();\n}\n');
      }
      changeFiles = [...touched].sort();
      return changeFiles;
    },
    manifest(header) {
      const lineOf = (file, needle) => {
        const text = files.get(file);
        const at = text.indexOf(needle);
        if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`seeded line is not unique in ${file}: ${needle}`);
        return text.slice(0, at).split('\n').length;
      };
      const entries = { defects: [], nearMisses: [] };
      for (const entry of marks) {
        const line = lineOf(entry.file, entry.needle);
        const startLine = entry.spanFrom ? lineOf(entry.file, entry.spanFrom) : line;
        entries[entry.list].push({ file: entry.file, line: startLine, endLine: line, kind: entry.kind, family: entry.family, language: entry.language, change: entry.change });
      }
      return { ...header, defects: entries.defects, nearMisses: entries.nearMisses, change: { files: changeFiles } };
    },
  };
}
