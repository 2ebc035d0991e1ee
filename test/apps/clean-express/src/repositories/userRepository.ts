import { prisma } from '../db.js';
import type { NewUser, User } from '../models/user.js';

export async function listActive(): Promise<User[]> {
  return prisma.user.findMany({ where: { active: true } });
}

export async function byEmail(email: string): Promise<User | null> {
  return prisma.user.findUnique({ where: { email } });
}

export async function insert(user: NewUser): Promise<User> {
  return prisma.user.create({ data: user });
}
