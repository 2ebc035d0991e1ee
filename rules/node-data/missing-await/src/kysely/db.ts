import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

interface Database {
  person: { id: number; name: string };
}

export const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
