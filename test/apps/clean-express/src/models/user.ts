export interface User {
  id: number;
  email: string;
  active: boolean;
}

export type NewUser = Pick<User, 'email'>;
