import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppDataSource } from './data-source';
import { User } from './user.entity';

const userRepository = AppDataSource.getRepository(User);

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async email(id: number): Promise<string> {
    return this.users.findOneBy({ id }).email; // expect: node-data/missing-await
  }

  async count(): Promise<number> {
    const all = AppDataSource.getRepository(User).find(); // expect: node-data/missing-await
    return all.length;
  }

  async register(email: string): Promise<User> {
    // `create` builds the entity in memory; `save` is the query.
    const user = this.users.create({ email }); // ok: node-data/missing-await
    user.email = email.toLowerCase();
    return this.users.save(user); // ok: node-data/missing-await
  }

  async search(term: string): Promise<User[]> {
    const query = userRepository.createQueryBuilder('u').where('u.email LIKE :term', { term }); // ok: node-data/missing-await
    if (term.length > 3) query.orderBy('u.email');
    return query.getMany();
  }

  async total(): Promise<number> {
    if (!userRepository.count()) return 0; // expect: node-data/missing-await
    return AppDataSource.manager.count(User); // ok: node-data/missing-await
  }

  async recent(): Promise<User[]> {
    return userRepository.createQueryBuilder('u').orderBy('u.id', 'DESC').getMany().slice(0, 10); // expect: node-data/missing-await
  }
}
