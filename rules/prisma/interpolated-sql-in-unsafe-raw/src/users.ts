import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function findByEmail(email: string) {
  // expect: prisma/interpolated-sql-in-unsafe-raw
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
}

export async function rename(id: number, name: string) {
  return prisma.$executeRawUnsafe('UPDATE "User" SET name = \'' + name + '\' WHERE id = ' + id); // expect: prisma/interpolated-sql-in-unsafe-raw
}

export async function findByEmailSafely(email: string) {
  // ok: prisma/interpolated-sql-in-unsafe-raw
  const tagged = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  // ok: prisma/interpolated-sql-in-unsafe-raw
  const positional = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  const constant = await prisma.$executeRawUnsafe(`DELETE FROM "Session" WHERE expired`); // ok: prisma/interpolated-sql-in-unsafe-raw
  return { tagged, positional, constant };
}

const USERS = '"User"';

export async function byIds(ids: number[]) {
  // ok: prisma/interpolated-sql-in-unsafe-raw
  return prisma.$queryRawUnsafe(`SELECT * FROM ${USERS} WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, ...ids);
}

export async function byNames(names: string[]) {
  return prisma.$queryRawUnsafe(`SELECT * FROM ${USERS} WHERE name IN (${names.map((name) => `'${name}'`).join(', ')})`); // expect: prisma/interpolated-sql-in-unsafe-raw
}
