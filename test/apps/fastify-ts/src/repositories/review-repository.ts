import type { PrismaClient } from '@prisma/client';

export class ReviewRepository {
  constructor(private readonly prisma: PrismaClient) {}

  latest(limit: number) {
    return this.prisma.review.findMany({ take: limit, orderBy: { id: 'desc' }, include: { book: true } });
  }

  add(data: { bookId: number; rating: number; body?: string }) {
    return this.prisma.review.create({ data });
  }
}
