import type { PrismaClient } from '@prisma/client';

export class AuthorRepository {
  constructor(private readonly prisma: PrismaClient) {}

  all() {
    return this.prisma.author.findMany({ orderBy: { name: 'asc' } });
  }

  byId(id: number) {
    return this.prisma.author.findUnique({ where: { id }, include: { books: true } });
  }

  insert(data: { name: string; email?: string }) {
    return this.prisma.author.create({ data });
  }
}
