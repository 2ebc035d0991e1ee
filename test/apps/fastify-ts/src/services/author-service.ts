import type { PrismaClient } from '@prisma/client';
import { AuthorRepository } from '@/repositories/author-repository.js';

export class AuthorService {
  private readonly repository: AuthorRepository;

  constructor(prisma: PrismaClient) {
    this.repository = new AuthorRepository(prisma);
  }

  list() {
    return this.repository.all();
  }

  find(id: number) {
    return this.repository.byId(id);
  }

  create(input: { name: string; email?: string }) {
    return this.repository.insert(input);
  }
}
