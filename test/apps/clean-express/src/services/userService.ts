import type { User } from '../models/user.js';
import * as users from '../repositories/userRepository.js';

export class EmailTaken extends Error {}

export async function listActive(): Promise<User[]> {
  return users.listActive();
}

export async function register(email: string): Promise<User> {
  const normalised = email.trim().toLowerCase();
  if (await users.byEmail(normalised)) throw new EmailTaken(normalised);
  return users.insert({ email: normalised });
}
