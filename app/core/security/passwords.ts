import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { bcryptHashesExactly } from './password-limit.js';

export interface PasswordHasher {
  /** Throws for a password bcrypt would cut or alter: the contract refuses those before they get here. */
  hash(password: string): Promise<string>;
  /** False for such a password too: none can be set any more (an account set before that signs in with its first 72 bytes). */
  verify(password: string, hash: string): Promise<boolean>;
  /** Costs the same as `verify`, for when there is no account: login time must not reveal whether an email exists. */
  verifyAgainstDummy(password: string): Promise<false>;
}

export function createPasswordHasher(cost: number): PasswordHasher {
  let dummy: Promise<string> | undefined;
  return {
    hash: async (password) => {
      if (!bcryptHashesExactly(password)) throw new RangeError('bcrypt would not hash this password exactly (over 72 UTF-8 bytes, or a lone surrogate)');
      return bcrypt.hash(password, cost);
    },
    // Compared all the same, so that refusing costs what a mismatch costs.
    verify: async (password, hash) => (await bcrypt.compare(password, hash)) && bcryptHashesExactly(password),
    async verifyAgainstDummy(password) {
      dummy ??= bcrypt.hash(randomBytes(16).toString('hex'), cost);
      await bcrypt.compare(password, await dummy);
      return false;
    },
  };
}
