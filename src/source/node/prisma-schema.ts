import type { DatabaseFact, FileFacts, ModelFact } from '../facts.js';
import { engineOf, redactUrl } from './database-evidence.js';

/**
 * Models and the datasource of a Prisma schema (`schema.prisma`), read line by line: the format is
 * line-oriented (one field or block attribute per line), so no grammar is needed.
 *
 * - `model X { ... }` -> ModelFact (orm 'prisma', table from `@@map("t")`).
 * - A field `name Type? @id @map("col") @relation(fields: [aId], references: [id])`: `?` makes it
 *   nullable; a field whose type is another model is a relation, not a column: `Type[]` has-many,
 *   with `@relation(fields: ...)` belongs-to (foreignKey = the fields), otherwise has-one.
 * - `datasource db { provider = "postgresql"; url = env("DATABASE_URL") }` -> a 'dialect' fact, and
 *   a 'connection-url' fact for a literal url.
 */
export function extractPrismaFacts(path: string, text: string): Pick<FileFacts, 'models' | 'database'> {
  void path;
  const lines = text.split(/\r?\n/);
  const blocks = readBlocks(lines);
  const modelNames = new Set(blocks.filter((block) => block.keyword === 'model').map((block) => block.name));
  const enumNames = new Set(blocks.filter((block) => block.keyword === 'enum' || block.keyword === 'type').map((block) => block.name));
  const models: ModelFact[] = [];
  const database: DatabaseFact[] = [];

  for (const block of blocks) {
    if (block.keyword === 'model') models.push(modelOf(block, modelNames, enumNames));
    else if (block.keyword === 'datasource') database.push(...datasourceOf(block));
  }
  return { models, database };
}

interface Block {
  keyword: string;
  name: string;
  line: number;
  body: { text: string; line: number }[];
}

function readBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((raw, index) => {
    const text = stripComment(raw).trim();
    if (!current) {
      const opening = /^(model|datasource|generator|enum|view|type)\s+(\w+)\s*\{/.exec(text);
      if (opening) current = { keyword: opening[1]!, name: opening[2]!, line: index + 1, body: [] };
      return;
    }
    if (text.startsWith('}')) {
      blocks.push(current);
      current = undefined;
    } else if (text) {
      current.body.push({ text, line: index + 1 });
    }
  });
  return blocks;
}

/** Drops `//` comments outside string literals. */
function stripComment(line: string): string {
  let inString = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"' && line[index - 1] !== '\\') inString = !inString;
    else if (!inString && char === '/' && line[index + 1] === '/') return line.slice(0, index);
  }
  return line;
}

function modelOf(block: Block, modelNames: Set<string>, enumNames: Set<string>): ModelFact {
  const model: ModelFact = { name: block.name, line: block.line, orm: 'prisma', fields: [], relations: [] };
  for (const { text, line } of block.body) {
    if (text.startsWith('@@')) {
      const table = /^@@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(text)?.[1];
      if (table) model.table = table;
      const compoundId = /^@@id\(\s*(?:fields:\s*)?\[([^\]]*)\]/.exec(text)?.[1];
      if (compoundId) {
        for (const name of compoundId.split(',').map((part) => part.trim())) {
          const field = model.fields.find((candidate) => candidate.name === name);
          if (field) field.primaryKey = true;
        }
      }
      continue;
    }
    const field = /^(\w+)\s+([\w.]+)(\[\])?(\?)?\s*(.*)$/.exec(text);
    if (!field) continue;
    const [, name, type, list, optional, attributes] = field as unknown as [string, string, string, string | undefined, string | undefined, string];
    // Multi-file schemas (prisma/schema/*.prisma) relate to models declared in other files: a type
    // that is no scalar but carries @relation, or is a list of such, is a model too.
    const isRelation = modelNames.has(type) || (!SCALARS.has(type) && !enumNames.has(type) && (/@relation\b/.test(attributes) || (list !== undefined && /^[A-Z]/.test(type))));
    if (isRelation) {
      const relation = /@relation\(([^)]*)\)/.exec(attributes)?.[1];
      const fields = relation ? /fields:\s*\[([^\]]*)\]/.exec(relation)?.[1] : undefined;
      const kind = list ? 'has-many' : fields ? 'belongs-to' : 'has-one';
      const entry: ModelFact['relations'][number] = { name, line, kind, target: type };
      if (fields) entry.foreignKey = fields.split(',').map((part) => part.trim()).join(',');
      const relationName = relation ? (/^\s*"([^"]+)"/.exec(relation)?.[1] ?? /name:\s*"([^"]+)"/.exec(relation)?.[1]) : undefined;
      if (relationName) entry.alias = relationName;
      model.relations.push(entry);
      continue;
    }
    const entry: ModelFact['fields'][number] = { name, line, type: list ? `${type}[]` : type, nullable: optional === '?' };
    if (/(^|\s)@id\b/.test(attributes)) entry.primaryKey = true;
    const column = /@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(attributes)?.[1];
    if (column) entry.column = column;
    model.fields.push(entry);
  }
  // Foreign-key columns named in a belongs-to relation point at the related model.
  for (const relation of model.relations) {
    if (relation.kind !== 'belongs-to' || !relation.foreignKey) continue;
    for (const name of relation.foreignKey.split(',')) {
      const field = model.fields.find((candidate) => candidate.name === name);
      if (field) field.foreignKey = `${relation.target}.${relation.name}`;
    }
  }
  return model;
}

const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

function datasourceOf(block: Block): DatabaseFact[] {
  const facts: DatabaseFact[] = [];
  for (const { text, line } of block.body) {
    const setting = /^(\w+)\s*=\s*(.+)$/.exec(text);
    if (!setting) continue;
    const [, key, value] = setting as unknown as [string, string, string];
    const literal = /^"([^"]*)"$/.exec(value.trim())?.[1];
    if (key === 'provider' && literal) {
      const engine = literal === 'sqlserver' ? undefined : engineOf(literal);
      facts.push({ ...(engine ? { engine } : {}), kind: 'dialect', subject: 'prisma', line, detail: `Prisma datasource provider '${literal}'` });
    } else if (key === 'url' && literal) {
      const scheme = /^([\w+]+):/.exec(literal)?.[1]?.toLowerCase() ?? 'url';
      const engine = scheme === 'file' ? 'sqlite' : engineOf(scheme.replace(/\+.*$/, ''));
      facts.push({ ...(engine ? { engine } : {}), kind: 'connection-url', subject: scheme, line, detail: redactUrl(literal) });
    } else if (key === 'url') {
      const variable = /env\(\s*"([^"]+)"\s*\)/.exec(value)?.[1];
      if (variable) facts.push({ kind: 'settings', subject: variable, line, detail: `Prisma datasource url from the environment variable ${variable}` });
    }
  }
  return facts;
}
