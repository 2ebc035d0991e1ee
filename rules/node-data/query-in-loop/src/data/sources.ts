import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

export const kysely = new Kysely<{ person: { id: number }; pet: { owner_id: number } }>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
