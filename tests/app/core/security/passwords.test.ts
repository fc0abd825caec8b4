import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../../../app/core/security/passwords.js';

describe('password hashing', () => {
  const hasher = createPasswordHasher(4);

  it('hashes with bcrypt at the configured cost and verifies', async () => {
    const hash = await hasher.hash('correct horse');
    expect(hash).toMatch(/^\$2b\$04\$/);
    expect(hash).not.toContain('correct horse');
    expect(await hasher.verify('correct horse', hash)).toBe(true);
    expect(await hasher.verify('wrong horse', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('refuses to hash what bcrypt would cut (over 72 UTF-8 bytes) or alter (a lone surrogate)', async () => {
    await expect(hasher.hash('x'.repeat(73))).rejects.toThrow(RangeError);
    await expect(hasher.hash('é'.repeat(37))).rejects.toThrow(RangeError);
    await expect(hasher.hash('password\ud800')).rejects.toThrow(RangeError);
    expect(await hasher.verify('é'.repeat(36), await hasher.hash('é'.repeat(36)))).toBe(true);
  });

  it('never verifies a password longer than 72 bytes, though bcrypt alone would match its first 72', async () => {
    const first72 = 'x'.repeat(72);
    const hash = await hasher.hash(first72);
    expect(await hasher.verify(first72, hash)).toBe(true);
    expect(await hasher.verify(`${first72}y`, hash)).toBe(false);
  });

  it('always fails the dummy comparison used for unknown accounts', async () => {
    expect(await hasher.verifyAgainstDummy('anything')).toBe(false);
  });
});
