import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
  /** Costs the same as `verify`, for when there is no account: login time must not reveal whether an email exists. */
  verifyAgainstDummy(password: string): Promise<false>;
}

export function createPasswordHasher(cost: number): PasswordHasher {
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => bcrypt.hash(password, cost),
    verify: (password, hash) => bcrypt.compare(password, hash),
    async verifyAgainstDummy(password) {
      dummy ??= bcrypt.hash(randomBytes(16).toString('hex'), cost);
      await bcrypt.compare(password, await dummy);
      return false;
    },
  };
}
