import type { PrismaClient } from '@prisma/client';
import { BookRepository } from '@/repositories/book-repository.js';

export class BookService {
  private readonly repository: BookRepository;

  constructor(prisma: PrismaClient) {
    this.repository = new BookRepository(prisma);
  }

  list() {
    return this.repository.allWithAuthor();
  }

  create(input: { title: string; isbn: string; authorId: number }) {
    if (!/^[0-9-]{10,17}$/.test(input.isbn)) throw new Error('invalid ISBN');
    return this.repository.insert(input);
  }

  remove(id: number) {
    return this.repository.delete(id);
  }
}
