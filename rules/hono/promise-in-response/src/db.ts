import { PrismaClient } from '@prisma/client';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

export const prisma = new PrismaClient();
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export const kysely = new Kysely<{ tag: { id: number; label: string } }>({ dialect: new PostgresDialect({ pool }) });
