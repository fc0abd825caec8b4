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

  it('always fails the dummy comparison used for unknown accounts', async () => {
    expect(await hasher.verifyAgainstDummy('anything')).toBe(false);
  });
});
