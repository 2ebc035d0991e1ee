import { describe, expect, it } from 'vitest';
import { ruleFindings } from './sqlalchemy-fixture.js';

const RULE = 'python-sql/pool-bound-to-import-loop';

describe('python-sql/pool-bound-to-import-loop', () => {
  const db = ['import asyncio', 'from sqlalchemy.ext.asyncio import create_async_engine', 'engine = create_async_engine("postgresql+asyncpg://db/app")', ''];

  it('reports a loop run in module-level if/try blocks of an imported module, not under the main guard or in a lambda', async () => {
    const code = [
      ...db,
      'async def warm_up():',
      '    async with engine.connect() as connection:',
      '        await connection.exec_driver_sql("select 1")',
      '',
      'if settings.WARM_UP:',
      '    asyncio.run(warm_up())',
      'try:',
      '    asyncio.get_event_loop().run_until_complete(warm_up())',
      'except RuntimeError:',
      '    pass',
      'later = lambda: asyncio.run(warm_up())',
      'if __name__ == "__main__":',
      '    asyncio.run(warm_up())',
    ].join('\n');
    const importer = 'from app import db\n';
    expect(await ruleFindings(RULE, { 'app/db.py': code, 'app/main.py': importer })).toEqual(['app/db.py:10', 'app/db.py:12']);
    expect(await ruleFindings(RULE, { 'app/db.py': code })).toEqual([]);
  });

  it('leaves loop runs that do not touch the database, or whose engine uses NullPool, alone', async () => {
    const importer = 'from app import boot\n';
    const settings = 'import asyncio\n\nasync def read_settings():\n    return {}\n\nSETTINGS = asyncio.run(read_settings())\n';
    expect(await ruleFindings(RULE, { 'app/boot.py': settings, 'app/main.py': importer })).toEqual([]);
    const nullPool = [...db, 'from sqlalchemy.pool import NullPool', 'async def init():', '    async with engine.begin() as c:', '        pass', 'asyncio.run(init())'].join('\n');
    expect(await ruleFindings(RULE, { 'app/boot.py': nullPool, 'app/main.py': importer })).toEqual([]);
  });

  it('resolves the coroutine through imports to the module that opens connections', async () => {
    const database = [...db, 'async def init_models():', '    async with engine.begin() as connection:', '        await connection.run_sync(Base.metadata.create_all)'].join('\n');
    const boot = 'import asyncio\nfrom app.database import init_models\n\nasyncio.run(init_models())\n';
    expect(await ruleFindings(RULE, { 'app/database.py': database, 'app/boot.py': boot, 'app/main.py': 'import app.boot\n' })).toEqual(['app/boot.py:4']);
  });
});
