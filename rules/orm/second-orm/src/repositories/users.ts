import { PrismaClient } from '@prisma/client'; // ok: orm/second-orm
import { z } from 'zod'; // ok: orm/second-orm

const prisma = new PrismaClient();
const Email = z.string().email();

export async function byEmail(email: string) {
  return prisma.user.findUnique({ where: { email: Email.parse(email) } });
}
