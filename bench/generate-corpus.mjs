#!/usr/bin/env node
// Generates deterministic synthetic backends for the benchmark into bench/.corpus/<name>/:
// a FastAPI + SQLAlchemy service (backend-py/) and an Express + Sequelize service (backend-ts/)
// laid out in clean-architecture folders (models, schemas, repositories, services, routes), about
// half the lines each. The same seed always yields the same bytes, so figures compare across runs.
//
//   node bench/generate-corpus.mjs [--lines 1000000] [--name large] [--seed 42] [--git] [--defects]
//
// --git makes the corpus a git repository with one commit (the benchmark's `check` needs history).
// --defects (for the comparison with other tools, bench/peers/) writes `<name>-defects` instead:
// Python routes reach repositories only through their service, so the corpus is clean under the
// `clean` architecture, then seeded defects and near misses are added at known lines, listed in
// `bench/.corpus/<name>.defects.json`; with --git a second commit changes 20 files (the PR case).
// Without --defects the output is unchanged, byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedDefects } from './peers/seed-defects.mjs';
import { seededRandom } from './seeded-random.mjs';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '100000' },
    name: { type: 'string' },
    seed: { type: 'string', default: '42' },
    git: { type: 'boolean', default: false },
    defects: { type: 'boolean', default: false },
  },
});
const targetLines = Number(values.lines);
const name = values.name ?? `${targetLines >= 1_000_000 ? 'large' : 'small'}${values.defects ? '-defects' : ''}`;
const root = path.join(import.meta.dirname, '.corpus', name);

const random = seededRandom(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const DOMAINS = ['billing', 'catalog', 'crm', 'inventory', 'shipping', 'identity', 'analytics', 'support', 'payments', 'marketing', 'hr', 'scheduling', 'content', 'notifications', 'compliance', 'reporting'];
const NOUNS = ['invoice', 'customer', 'order', 'product', 'shipment', 'account', 'ticket', 'payment', 'campaign', 'employee', 'booking', 'article', 'message', 'audit', 'report', 'warehouse', 'supplier', 'coupon', 'refund', 'subscription', 'contract', 'asset', 'review', 'category', 'address', 'team', 'project', 'task', 'comment', 'attachment'];
const QUALIFIERS = ['', 'line', 'item', 'event', 'note', 'rule', 'plan', 'batch', 'entry', 'record', 'snapshot', 'template', 'policy', 'quota', 'history'];
const FIELD_TYPES = [
  { py: 'str', sa: 'String(120)', ts: 'string', seq: 'DataTypes.STRING(120)', sample: '"sample"' },
  { py: 'int', sa: 'Integer', ts: 'number', seq: 'DataTypes.INTEGER', sample: '1' },
  { py: 'bool', sa: 'Boolean', ts: 'boolean', seq: 'DataTypes.BOOLEAN', sample: 'True' },
  { py: 'datetime', sa: 'DateTime(timezone=True)', ts: 'Date', seq: 'DataTypes.DATE', sample: 'None' },
  { py: 'Decimal', sa: 'Numeric(12, 2)', ts: 'string', seq: 'DataTypes.DECIMAL(12, 2)', sample: '0' },
  { py: 'str', sa: 'Text', ts: 'string', seq: 'DataTypes.TEXT', sample: '""' },
];
const FIELD_WORDS = ['status', 'title', 'amount', 'quantity', 'reference', 'description', 'priority', 'due_at', 'external_id', 'currency', 'score', 'notes', 'label', 'region', 'channel', 'owner_email', 'version', 'archived', 'opened_at', 'total'];

const pascal = (snake) => snake.split('_').filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
const camel = (snake) => {
  const p = pascal(snake);
  return p[0].toLowerCase() + p.slice(1);
};

/** One entity of the corpus with everything both languages need to render it. */
function makeEntities(count) {
  const entities = [];
  const used = new Set();
  for (let index = 0; entities.length < count; index++) {
    const domain = DOMAINS[entities.length % DOMAINS.length];
    let base = [pick(NOUNS), pick(QUALIFIERS)].filter(Boolean).join('_');
    let snake = base;
    // The defects corpus names every model once, as Sequelize's and SQLAlchemy's registries expect
    // (the default corpus repeats names across domains).
    const key = () => (values.defects ? snake : `${domain}/${snake}`);
    for (let n = 2; used.has(key()); n++) snake = `${base}_${n}`;
    used.add(key());
    const fieldCount = between(4, 12);
    const fields = [];
    const fieldNames = new Set();
    while (fields.length < fieldCount) {
      const field = pick(FIELD_WORDS);
      if (fieldNames.has(field)) {
        if (fieldNames.size >= FIELD_WORDS.length) break;
        continue;
      }
      fieldNames.add(field);
      fields.push({ name: field, type: pick(FIELD_TYPES), nullable: random() < 0.3 });
    }
    entities.push({ domain, snake, fields, finders: between(2, 6), actions: between(2, 6) });
  }
  // Relations to an earlier entity of the same domain make the import graph realistic.
  for (const [index, entity] of entities.entries()) {
    const earlier = entities.slice(Math.max(0, index - 40), index).filter((other) => other.domain === entity.domain);
    entity.parent = earlier.length > 0 && random() < 0.7 ? pick(earlier) : undefined;
  }
  return entities;
}

const files = new Map();
let lineCount = 0;
function write(relative, text) {
  files.set(relative, text);
  lineCount += text.split('\n').length - 1;
}

// ------------------------------------------------------------------------------------------------
// Python: FastAPI + SQLAlchemy 2.0 (async)

function pythonEntity(entity) {
  const cls = pascal(entity.snake);
  const table = `${entity.domain}_${entity.snake}s`;
  const base = `backend-py/app`;
  const mod = `${entity.domain}.${entity.snake}`;
  const parent = entity.parent;
  const parentCls = parent ? pascal(parent.snake) : undefined;

  let model = `"""${cls} persistence model."""\nfrom __future__ import annotations\n\nfrom datetime import datetime\nfrom decimal import Decimal\nfrom typing import Optional\n\n`;
  model += `from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, Numeric, String, Text\nfrom sqlalchemy.orm import Mapped, mapped_column, relationship\n\nfrom app.db.base import Base\n`;
  if (parent) model += `from app.models.${parent.domain}.${parent.snake} import ${parentCls}\n`;
  model += `\n\nclass ${cls}(Base):\n    __tablename__ = "${table}"\n\n    id: Mapped[int] = mapped_column(Integer, primary_key=True)\n`;
  for (const field of entity.fields) {
    const type = field.nullable ? `Optional[${field.type.py}]` : field.type.py;
    model += `    ${field.name}: Mapped[${type}] = mapped_column(${field.type.sa}, nullable=${field.nullable ? 'True' : 'False'})\n`;
  }
  model += `    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))\n`;
  if (parent) {
    model += `    ${parent.snake}_id: Mapped[int] = mapped_column(ForeignKey("${parent.domain}_${parent.snake}s.id"), index=True)\n`;
    model += `    ${parent.snake}: Mapped[${parentCls}] = relationship(lazy="${random() < 0.8 ? 'selectin' : 'select'}")\n`;
  }
  model += `\n    def __repr__(self) -> str:\n        return f"<${cls} id={self.id}>"\n\n    def to_summary(self) -> dict:\n        return {\n            "id": self.id,\n`;
  for (const field of entity.fields.slice(0, 4)) model += `            "${field.name}": self.${field.name},\n`;
  model += `        }\n`;
  write(`${base}/models/${entity.domain}/${entity.snake}.py`, model);

  let schema = `from datetime import datetime\nfrom decimal import Decimal\nfrom typing import Optional\n\nfrom pydantic import BaseModel, ConfigDict, Field\n\n\n`;
  schema += `class ${cls}Base(BaseModel):\n`;
  for (const field of entity.fields) schema += `    ${field.name}: ${field.nullable ? `Optional[${field.type.py}] = None` : field.type.py}\n`;
  schema += `\n\nclass ${cls}Create(${cls}Base):\n    pass\n\n\nclass ${cls}Update(BaseModel):\n`;
  for (const field of entity.fields) schema += `    ${field.name}: Optional[${field.type.py}] = None\n`;
  schema += `\n\nclass ${cls}Read(${cls}Base):\n    model_config = ConfigDict(from_attributes=True)\n\n    id: int\n    created_at: datetime\n`;
  write(`${base}/schemas/${entity.domain}/${entity.snake}.py`, schema);

  let repo = `from typing import Optional, Sequence\n\nfrom sqlalchemy import delete, func, select\nfrom sqlalchemy.ext.asyncio import AsyncSession\n\nfrom app.models.${mod} import ${cls}\n\n\n`;
  repo += `class ${cls}Repository:\n    def __init__(self, session: AsyncSession) -> None:\n        self.session = session\n\n`;
  repo += `    async def get(self, item_id: int) -> Optional[${cls}]:\n        return await self.session.get(${cls}, item_id)\n\n`;
  repo += `    async def list(self, offset: int = 0, limit: int = 50) -> Sequence[${cls}]:\n        result = await self.session.execute(select(${cls}).offset(offset).limit(limit))\n        return result.scalars().all()\n\n`;
  repo += `    async def count(self) -> int:\n        result = await self.session.execute(select(func.count()).select_from(${cls}))\n        return int(result.scalar_one())\n\n`;
  for (const field of entity.fields.slice(0, entity.finders)) {
    repo += `    async def find_by_${field.name}(self, value) -> Sequence[${cls}]:\n        statement = select(${cls}).where(${cls}.${field.name} == value).order_by(${cls}.id)\n        result = await self.session.execute(statement)\n        return result.scalars().all()\n\n`;
  }
  repo += `    async def add(self, item: ${cls}) -> ${cls}:\n        self.session.add(item)\n        await self.session.flush()\n        return item\n\n`;
  repo += `    async def remove(self, item_id: int) -> None:\n        await self.session.execute(delete(${cls}).where(${cls}.id == item_id))\n`;
  write(`${base}/repositories/${entity.domain}/${entity.snake}.py`, repo);

  let service = values.defects
    ? `import logging\nfrom typing import Optional, Sequence\n\nfrom fastapi import Depends\nfrom sqlalchemy.ext.asyncio import AsyncSession\n\nfrom app.core.errors import NotFoundError, ValidationError\nfrom app.db.session import get_session\nfrom app.models.${mod} import ${cls}\nfrom app.repositories.${mod} import ${cls}Repository\nfrom app.schemas.${mod} import ${cls}Create, ${cls}Update\n\nlogger = logging.getLogger(__name__)\n\n\n`
    : `import logging\nfrom typing import Optional, Sequence\n\nfrom app.core.errors import NotFoundError, ValidationError\nfrom app.models.${mod} import ${cls}\nfrom app.repositories.${mod} import ${cls}Repository\nfrom app.schemas.${mod} import ${cls}Create, ${cls}Update\n\nlogger = logging.getLogger(__name__)\n\n\n`;
  service += `class ${cls}Service:\n    def __init__(self, repository: ${cls}Repository) -> None:\n        self.repository = repository\n\n`;
  service += `    async def get(self, item_id: int) -> ${cls}:\n        item = await self.repository.get(item_id)\n        if item is None:\n            raise NotFoundError("${entity.snake}", item_id)\n        return item\n\n`;
  service += `    async def list(self, page: int, size: int) -> Sequence[${cls}]:\n        if size > 200:\n            raise ValidationError("page size too large")\n        return await self.repository.list(offset=(page - 1) * size, limit=size)\n\n`;
  service += `    async def create(self, payload: ${cls}Create) -> ${cls}:\n        item = ${cls}(**payload.model_dump())\n        logger.info("creating ${entity.snake}")\n        return await self.repository.add(item)\n\n`;
  service += `    async def update(self, item_id: int, payload: ${cls}Update) -> ${cls}:\n        item = await self.get(item_id)\n        for key, value in payload.model_dump(exclude_unset=True).items():\n            setattr(item, key, value)\n        return item\n\n`;
  for (let action = 0; action < entity.actions; action++) {
    const field = entity.fields[action % entity.fields.length];
    service += `    async def apply_rule_${action}(self, item_id: int, threshold: int = ${action + 1}) -> Optional[${cls}]:\n        item = await self.get(item_id)\n        if item.${field.name} is None:\n            return None\n        matches = await self.repository.find_by_${entity.fields[0].name}(item.${entity.fields[0].name})\n        if len(matches) > threshold:\n            logger.warning("rule ${action} exceeded for %s", item_id)\n        return item\n\n`;
  }
  if (values.defects) service += `\ndef get_service(session: AsyncSession = Depends(get_session)) -> ${cls}Service:\n    return ${cls}Service(${cls}Repository(session))\n`;
  write(`${base}/services/${entity.domain}/${entity.snake}.py`, service);

  // The default corpus wires the service in the route, importing the repository (a skipped layer
  // under the clean architecture); the defects corpus gets the service from the services module.
  let route = values.defects
    ? `from fastapi import APIRouter, Depends, HTTPException, status\n\nfrom app.schemas.${mod} import ${cls}Create, ${cls}Read, ${cls}Update\nfrom app.services.${mod} import ${cls}Service, get_service\n\n`
    : `from fastapi import APIRouter, Depends, HTTPException, status\nfrom sqlalchemy.ext.asyncio import AsyncSession\n\nfrom app.db.session import get_session\nfrom app.repositories.${mod} import ${cls}Repository\nfrom app.schemas.${mod} import ${cls}Create, ${cls}Read, ${cls}Update\nfrom app.services.${mod} import ${cls}Service\n\n`;
  route += `router = APIRouter(prefix="/${entity.snake.replaceAll('_', '-')}s", tags=["${entity.domain}"])\n\n\n`;
  if (!values.defects) route += `def get_service(session: AsyncSession = Depends(get_session)) -> ${cls}Service:\n    return ${cls}Service(${cls}Repository(session))\n\n\n`;
  route += `@router.get("/", response_model=list[${cls}Read])\nasync def list_items(page: int = 1, size: int = 50, service: ${cls}Service = Depends(get_service)):\n    return await service.list(page, size)\n\n\n`;
  route += `@router.get("/{item_id}", response_model=${cls}Read)\nasync def get_item(item_id: int, service: ${cls}Service = Depends(get_service)):\n    return await service.get(item_id)\n\n\n`;
  route += `@router.post("/", response_model=${cls}Read, status_code=status.HTTP_201_CREATED)\nasync def create_item(payload: ${cls}Create, service: ${cls}Service = Depends(get_service)):\n    return await service.create(payload)\n\n\n`;
  route += `@router.patch("/{item_id}", response_model=${cls}Read)\nasync def update_item(item_id: int, payload: ${cls}Update, service: ${cls}Service = Depends(get_service)):\n    try:\n        return await service.update(item_id, payload)\n    except LookupError as error:\n        raise HTTPException(status_code=404, detail=str(error)) from error\n`;
  for (let action = 0; action < entity.actions; action++) {
    route += `\n\n@router.post("/{item_id}/rules/${action}", response_model=${cls}Read | None)\nasync def apply_rule_${action}(item_id: int, service: ${cls}Service = Depends(get_service)):\n    return await service.apply_rule_${action}(item_id)\n`;
  }
  write(`${base}/routes/${entity.domain}/${entity.snake}.py`, route);
}

function pythonScaffold(entities) {
  const base = 'backend-py';
  write(`${base}/pyproject.toml`, `[project]\nname = "bench-shop"\nversion = "0.1.0"\ndependencies = ["fastapi", "sqlalchemy[asyncio]", "asyncpg", "pydantic"]\n`);
  write(`${base}/app/__init__.py`, '');
  write(`${base}/app/db/__init__.py`, '');
  write(`${base}/app/db/base.py`, `from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n`);
  write(`${base}/app/db/session.py`, `import os\n\nfrom sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine\n\nDATABASE_URL = os.getenv("DATABASE_URL", "postgresql+asyncpg://app:app@localhost/app")\nengine = create_async_engine(DATABASE_URL, pool_pre_ping=True)\nSessionLocal = async_sessionmaker(engine, expire_on_commit=False)\n\n\nasync def get_session():\n    async with SessionLocal() as session:\n        yield session\n`);
  write(`${base}/app/core/__init__.py`, '');
  write(`${base}/app/core/errors.py`, `class NotFoundError(LookupError):\n    def __init__(self, kind: str, item_id: int) -> None:\n        super().__init__(f"{kind} {item_id} not found")\n\n\nclass ValidationError(ValueError):\n    pass\n`);
  for (const layer of ['models', 'schemas', 'repositories', 'services', 'routes']) {
    write(`${base}/app/${layer}/__init__.py`, '');
    for (const domain of DOMAINS) {
      if (layer !== 'routes') write(`${base}/app/${layer}/${domain}/__init__.py`, '');
    }
  }
  for (const domain of DOMAINS) {
    const members = entities.filter((entity) => entity.domain === domain);
    let text = `from fastapi import APIRouter\n\n`;
    for (const entity of members) text += `from . import ${entity.snake}\n`;
    text += `\nrouter = APIRouter(prefix="/${domain}")\n`;
    for (const entity of members) text += `router.include_router(${entity.snake}.router)\n`;
    write(`${base}/app/routes/${domain}/__init__.py`, text);
  }
  let main = `from fastapi import FastAPI\n\n`;
  for (const domain of DOMAINS) main += `from app.routes.${domain} import router as ${domain}_router\n`;
  main += `\napp = FastAPI(title="bench-shop")\n`;
  for (const domain of DOMAINS) main += `app.include_router(${domain}_router, prefix="/api")\n`;
  write(`${base}/app/main.py`, main);
}

// ------------------------------------------------------------------------------------------------
// TypeScript: Express + Sequelize

function typescriptEntity(entity) {
  const cls = pascal(entity.snake);
  const variable = camel(entity.snake);
  const base = `backend-ts/src`;
  const mod = `${entity.domain}/${entity.snake.replaceAll('_', '-')}`;
  const parent = entity.parent;

  let model = `import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type CreationOptional } from 'sequelize';\nimport { sequelize } from '@/db/sequelize';\n`;
  if (parent) model += `import { ${pascal(parent.snake)} } from '@/models/${parent.domain}/${parent.snake.replaceAll('_', '-')}';\n`;
  model += `\nexport class ${cls} extends Model<InferAttributes<${cls}>, InferCreationAttributes<${cls}>> {\n  declare id: CreationOptional<number>;\n`;
  for (const field of entity.fields) model += `  declare ${camel(field.name)}: ${field.type.ts}${field.nullable ? ' | null' : ''};\n`;
  if (parent) model += `  declare ${camel(parent.snake)}Id: number;\n`;
  model += `  declare createdAt: CreationOptional<Date>;\n}\n\n${cls}.init(\n  {\n    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },\n`;
  for (const field of entity.fields) model += `    ${camel(field.name)}: { type: ${field.type.seq}, allowNull: ${field.nullable} },\n`;
  if (parent) model += `    ${camel(parent.snake)}Id: { type: DataTypes.INTEGER, allowNull: false },\n`;
  model += `    createdAt: DataTypes.DATE,\n  },\n  { sequelize, tableName: '${entity.domain}_${entity.snake}s', underscored: true },\n);\n`;
  if (parent) model += `\n${cls}.belongsTo(${pascal(parent.snake)}, { foreignKey: '${camel(parent.snake)}Id', as: '${camel(parent.snake)}' });\n${pascal(parent.snake)}.hasMany(${cls}, { foreignKey: '${camel(parent.snake)}Id' });\n`;
  write(`${base}/models/${mod}.ts`, model);

  let repo = `import { Op, type Transaction } from 'sequelize';\nimport { ${cls} } from '@/models/${mod}';\n\nexport class ${cls}Repository {\n`;
  repo += `  async findById(id: number, transaction?: Transaction): Promise<${cls} | null> {\n    return ${cls}.findByPk(id, { transaction });\n  }\n\n`;
  repo += `  async list(offset = 0, limit = 50): Promise<${cls}[]> {\n    return ${cls}.findAll({ offset, limit, order: [['id', 'ASC']] });\n  }\n\n`;
  repo += `  async count(): Promise<number> {\n    return ${cls}.count();\n  }\n\n`;
  for (const field of entity.fields.slice(0, entity.finders)) {
    const name = camel(field.name);
    repo += `  async findBy${pascal(field.name)}(value: ${field.type.ts}): Promise<${cls}[]> {\n    return ${cls}.findAll({ where: { ${name}: { [Op.eq]: value } }, order: [['id', 'ASC']] });\n  }\n\n`;
  }
  repo += `  async create(values: Partial<${cls}>): Promise<${cls}> {\n    return ${cls}.create(values as never);\n  }\n\n  async remove(id: number): Promise<void> {\n    await ${cls}.destroy({ where: { id } });\n  }\n}\n`;
  write(`${base}/repositories/${mod}.ts`, repo);

  let service = `import { ${cls}Repository } from '@/repositories/${mod}';\nimport { NotFoundError, ValidationError } from '@/core/errors';\nimport { logger } from '@/core/logger';\nimport type { ${cls} } from '@/models/${mod}';\n\n`;
  service += `export class ${cls}Service {\n  constructor(private readonly repository = new ${cls}Repository()) {}\n\n`;
  service += `  async get(id: number): Promise<${cls}> {\n    const item = await this.repository.findById(id);\n    if (!item) throw new NotFoundError('${entity.snake}', id);\n    return item;\n  }\n\n`;
  service += `  async list(page: number, size: number): Promise<${cls}[]> {\n    if (size > 200) throw new ValidationError('page size too large');\n    return this.repository.list((page - 1) * size, size);\n  }\n\n`;
  service += `  async create(values: Partial<${cls}>): Promise<${cls}> {\n    logger.info('creating ${entity.snake}');\n    return this.repository.create(values);\n  }\n`;
  for (let action = 0; action < entity.actions; action++) {
    const field = camel(entity.fields[action % entity.fields.length].name);
    const first = entity.fields[0];
    service += `\n  async applyRule${action}(id: number, threshold = ${action + 1}): Promise<${cls} | null> {\n    const item = await this.get(id);\n    if (item.${field} === null) return null;\n    const matches = await this.repository.findBy${pascal(first.name)}(item.${camel(first.name)} as never);\n    if (matches.length > threshold) logger.warn(\`rule ${action} exceeded for \${id}\`);\n    return item;\n  }\n`;
  }
  service += `}\n\nexport const ${variable}Service = new ${cls}Service();\n`;
  write(`${base}/services/${mod}.ts`, service);

  let route = `import { Router, type Request, type Response, type NextFunction } from 'express';\nimport { ${variable}Service } from '@/services/${mod}';\n\nexport const ${variable}Router = Router();\n\n`;
  route += `${variable}Router.get('/', async (req: Request, res: Response, next: NextFunction) => {\n  try {\n    const page = Number(req.query.page ?? 1);\n    const size = Number(req.query.size ?? 50);\n    res.json(await ${variable}Service.list(page, size));\n  } catch (error) {\n    next(error);\n  }\n});\n\n`;
  route += `${variable}Router.get('/:id', async (req: Request, res: Response, next: NextFunction) => {\n  try {\n    res.json(await ${variable}Service.get(Number(req.params.id)));\n  } catch (error) {\n    next(error);\n  }\n});\n\n`;
  route += `${variable}Router.post('/', async (req: Request, res: Response, next: NextFunction) => {\n  try {\n    res.status(201).json(await ${variable}Service.create(req.body));\n  } catch (error) {\n    next(error);\n  }\n});\n`;
  for (let action = 0; action < entity.actions; action++) {
    route += `\n${variable}Router.post('/:id/rules/${action}', async (req: Request, res: Response, next: NextFunction) => {\n  try {\n    res.json(await ${variable}Service.applyRule${action}(Number(req.params.id)));\n  } catch (error) {\n    next(error);\n  }\n});\n`;
  }
  write(`${base}/routes/${mod}.ts`, route);
}

function typescriptScaffold(entities) {
  const base = 'backend-ts';
  write(`${base}/package.json`, `${JSON.stringify({ name: 'bench-shop-ts', private: true, type: 'module', dependencies: { express: '^4.19.0', sequelize: '^6.37.0', pg: '^8.11.0' } }, null, 2)}\n`);
  write(`${base}/tsconfig.json`, `{\n  // path aliases used across the service\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "baseUrl": ".",\n    "paths": { "@/*": ["src/*"] },\n  },\n}\n`);
  write(`${base}/src/db/sequelize.ts`, `import { Sequelize } from 'sequelize';\n\nexport const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'postgres://app:app@localhost:5432/app', {\n  dialect: 'postgres',\n  logging: false,\n});\n`);
  write(`${base}/src/core/errors.ts`, `export class NotFoundError extends Error {\n  constructor(kind: string, id: number) {\n    super(\`\${kind} \${id} not found\`);\n  }\n}\n\nexport class ValidationError extends Error {}\n`);
  write(`${base}/src/core/logger.ts`, `export const logger = {\n  info: (message: string) => console.log(message),\n  warn: (message: string) => console.warn(message),\n};\n`);
  for (const domain of DOMAINS) {
    const members = entities.filter((entity) => entity.domain === domain);
    let text = `import { Router } from 'express';\n`;
    for (const entity of members) text += `import { ${camel(entity.snake)}Router } from './${entity.snake.replaceAll('_', '-')}.js';\n`;
    text += `\nexport const ${camel(domain)}Routes = Router();\n`;
    for (const entity of members) text += `${camel(domain)}Routes.use('/${entity.snake.replaceAll('_', '-')}s', ${camel(entity.snake)}Router);\n`;
    write(`${base}/src/routes/${domain}/index.ts`, text);
  }
  let app = `import express from 'express';\n`;
  for (const domain of DOMAINS) app += `import { ${camel(domain)}Routes } from './routes/${domain}/index.js';\n`;
  app += `\nexport const app = express();\napp.use(express.json());\n`;
  for (const domain of DOMAINS) app += `app.use('/api/${domain}', ${camel(domain)}Routes);\n`;
  app += `\nif (process.env.NODE_ENV !== 'test') app.listen(Number(process.env.PORT ?? 3000));\n`;
  write(`${base}/src/app.ts`, app);
}

// ------------------------------------------------------------------------------------------------

// About 270 lines per entity per language with the defaults above; measure and scale.
const probe = makeEntities(40);
for (const entity of probe) {
  pythonEntity(entity);
  typescriptEntity(entity);
}
const linesPerEntity = lineCount / probe.length;
files.clear();
lineCount = 0;

const entities = makeEntities(Math.max(16, Math.round(targetLines / linesPerEntity)));
pythonScaffold(entities);
typescriptScaffold(entities);
for (const entity of entities) {
  pythonEntity(entity);
  typescriptEntity(entity);
}

const seeding = values.defects ? seedDefects({ files, entities, seed: Number(values.seed), pascal, camel }) : undefined;

function writeFiles(relatives) {
  for (const relative of relatives) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, files.get(relative));
  }
}
rmSync(root, { recursive: true, force: true });
writeFiles(files.keys());
if (values.git) {
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  const commit = (message) => {
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', message);
  };
  git('init', '-q', '-b', 'main');
  commit('corpus');
  if (seeding) {
    writeFiles(seeding.change());
    commit('change 20 files');
  }
}
if (seeding) {
  lineCount = 0;
  for (const text of files.values()) lineCount += text.split('\n').length - 1;
  const manifest = seeding.manifest({ corpus: name, seed: Number(values.seed), files: files.size, lines: lineCount });
  writeFileSync(`${root}.defects.json`, `${JSON.stringify(manifest, null, 1)}\n`);
}
console.log(JSON.stringify({ corpus: root, files: files.size, lines: lineCount, entities: entities.length }));
