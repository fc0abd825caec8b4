import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_BYTES, bcryptHashesExactly, fitsPasswordBytes } from '../../../../app/core/security/password-limit.js';

describe('the password limit', () => {
  it('is bcrypt\'s 72 bytes, counted in UTF-8: "é" is 2 bytes, "€" 3, an emoji 4', () => {
    expect(PASSWORD_MAX_BYTES).toBe(72);
    expect(['x'.repeat(72), 'é'.repeat(36), '€'.repeat(24), '😀'.repeat(18)].map(fitsPasswordBytes)).toEqual([true, true, true, true]);
    expect(['x'.repeat(73), 'é'.repeat(37), '€'.repeat(25), '😀'.repeat(19)].map(fitsPasswordBytes)).toEqual([false, false, false, false]);
  });

  it('lets bcrypt hash exactly only well-formed text within it', () => {
    expect(bcryptHashesExactly('a-long-passphrase 😀')).toBe(true);
    expect(bcryptHashesExactly('a-long-passphrase \ud83d')).toBe(false);
    expect(bcryptHashesExactly('x'.repeat(73))).toBe(false);
  });
});
