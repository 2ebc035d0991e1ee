import type { PrismaClient } from '@prisma/client';

export class BookRepository {
  constructor(private readonly prisma: PrismaClient) {}

  allWithAuthor() {
    return this.prisma.book.findMany({ include: { author: true } });
  }

  insert(data: { title: string; isbn: string; authorId: number }) {
    return this.prisma.book.create({ data });
  }

  delete(id: number) {
    return this.prisma.book.delete({ where: { id } });
  }
}
