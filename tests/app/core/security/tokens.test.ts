import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../../../../app/core/security/tokens.js';

const secret = 'unit-test-secret';
const userId = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const issuer = createTokenIssuer(secret, 60);

function unsigned(payload: object): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

describe('access tokens', () => {
  it('round-trips the user id as the subject and the token version, with an expiry', () => {
    const token = issuer.issue({ userId, tokenVersion: 3 });
    expect(issuer.verify(token)).toEqual({ userId, tokenVersion: 3 });
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    expect(decoded?.payload).toMatchObject({ sub: userId, ver: 3, exp: expect.any(Number) });
  });

  it('expires after the configured minutes', () => {
    const payload = jwt.decode(issuer.issue({ userId, tokenVersion: 0 })) as { exp: number; iat: number };
    expect(payload.exp - payload.iat).toBe(3600);
  });

  it.each([
    ['an unsigned (alg none) token', unsigned({ sub: userId, ver: 0, exp: Math.floor(Date.now() / 1000) + 60 })],
    ['a token signed with another key', jwt.sign({ sub: userId, ver: 0 }, 'another-key', { expiresIn: 60 })],
    ['a token signed with another HMAC algorithm', jwt.sign({ sub: userId, ver: 0 }, secret, { algorithm: 'HS512', expiresIn: 60 })],
    ['an expired token', jwt.sign({ sub: userId, ver: 0, exp: Math.floor(Date.now() / 1000) - 10 }, secret)],
    ['a token without expiry', jwt.sign({ sub: userId, ver: 0 }, secret)],
    ['a token without subject', jwt.sign({ ver: 0 }, secret, { expiresIn: 60 })],
    ['a token without version (issued before versions existed)', jwt.sign({ sub: userId }, secret, { expiresIn: 60 })],
    ['a token with a non-integer version', jwt.sign({ sub: userId, ver: '0' }, secret, { expiresIn: 60 })],
    ['garbage', 'not.a.token'],
  ])('rejects %s', (_case, token) => {
    expect(issuer.verify(token)).toBeNull();
  });
});
