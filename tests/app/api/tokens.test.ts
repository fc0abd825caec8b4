import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuperuser, createUser } from '../../support/factories.js';
import { TEST_SECRET } from '../../support/settings.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

function unsignedToken(payload: object): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

describe('bearer tokens on protected routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers 401 "Not authenticated" with WWW-Authenticate: Bearer when no token is sent', async () => {
    const response = await server.api('GET', '/users/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ detail: 'Not authenticated' });
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('treats another authorization scheme as no token', async () => {
    const response = await server.api('GET', '/users/me', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(response.status).toBe(401);
  });

  it('accepts the scheme name in any case', async () => {
    const { token } = await createUser(server.kite);
    const response = await server.api('GET', '/users/me', { headers: { authorization: `bEaReR ${token}` } });
    expect(response.status).toBe(200);
  });

  describe('answers 403 "Could not validate credentials" for', () => {
    let userId: string;
    beforeAll(async () => {
      userId = (await createSuperuser(server.kite)).user.id;
    });

    it.each<[string, () => string]>([
      ['garbage', () => 'garbage'],
      ['an unsigned token (alg none)', () => unsignedToken({ sub: userId, exp: inOneHour() })],
      ['a token signed with the wrong key', () => jwt.sign({ sub: userId, exp: inOneHour() }, 'not-the-server-key')],
      ['a token signed with HS512 (algorithm is pinned)', () => jwt.sign({ sub: userId, exp: inOneHour() }, TEST_SECRET, { algorithm: 'HS512' })],
      ['an expired token', () => jwt.sign({ sub: userId, exp: Math.floor(Date.now() / 1000) - 1 }, TEST_SECRET)],
      ['a token without expiry', () => jwt.sign({ sub: userId }, TEST_SECRET)],
      ['a token whose subject is not a user id', () => jwt.sign({ sub: 'admin', exp: inOneHour() }, TEST_SECRET)],
      ['a tampered payload', () => {
        const [header, , signature] = jwt.sign({ sub: crypto.randomUUID(), exp: inOneHour() }, TEST_SECRET).split('.');
        return `${header}.${Buffer.from(JSON.stringify({ sub: userId, exp: inOneHour() })).toString('base64url')}.${signature}`;
      }],
    ])('%s', async (_case, makeToken) => {
      const response = await server.api('GET', '/users/me', { token: makeToken() });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ detail: 'Could not validate credentials' });
    });
  });

  it('answers 404 "User not found" for a valid token of a deleted user', async () => {
    const { user, token } = await createUser(server.kite);
    const admin = await createSuperuser(server.kite);
    expect((await server.api('DELETE', `/users/${user.id}`, { token: admin.token })).status).toBe(200);
    const response = await server.api('GET', '/users/me', { token });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'User not found' });
  });

  it('answers 400 "Inactive user" for a deactivated user\'s token', async () => {
    const { user, token } = await createUser(server.kite);
    const admin = await createSuperuser(server.kite);
    expect((await server.api('GET', '/items/', { token })).status).toBe(200);
    await server.api('PATCH', `/users/${user.id}`, { token: admin.token, json: { is_active: false } });
    const response = await server.api('GET', '/items/', { token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'Inactive user' });
  });

  it('checks the token before validating the request', async () => {
    const response = await server.api('POST', '/items/', { json: { title: '' } });
    expect(response.status).toBe(401);
  });

  it('checks superuser rights before validating the request', async () => {
    const { token } = await createUser(server.kite);
    const response = await server.api('POST', '/users/', { token, json: { email: 'not-an-email' } });
    expect(response.status).toBe(403);
  });
});
