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
      ['an unsigned token (alg none)', () => unsignedToken({ sub: userId, ver: 0, exp: inOneHour() })],
      ['a token signed with the wrong key', () => jwt.sign({ sub: userId, ver: 0, exp: inOneHour() }, 'not-the-server-key')],
      ['a token signed with HS512 (algorithm is pinned)', () => jwt.sign({ sub: userId, ver: 0, exp: inOneHour() }, TEST_SECRET, { algorithm: 'HS512' })],
      ['an expired token', () => jwt.sign({ sub: userId, ver: 0, exp: Math.floor(Date.now() / 1000) - 1 }, TEST_SECRET)],
      ['a token without expiry', () => jwt.sign({ sub: userId, ver: 0 }, TEST_SECRET)],
      ['a token whose subject is not a user id', () => jwt.sign({ sub: 'admin', ver: 0, exp: inOneHour() }, TEST_SECRET)],
      ['a token without a token version (issued before the upgrade)', () => jwt.sign({ sub: userId, exp: inOneHour() }, TEST_SECRET)],
      ['a token with another token version than the user\'s', () => jwt.sign({ sub: userId, ver: 1, exp: inOneHour() }, TEST_SECRET)],
      ['a tampered payload', () => {
        const [header, , signature] = jwt.sign({ sub: crypto.randomUUID(), ver: 0, exp: inOneHour() }, TEST_SECRET).split('.');
        return `${header}.${Buffer.from(JSON.stringify({ sub: userId, ver: 0, exp: inOneHour() })).toString('base64url')}.${signature}`;
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

describe('tokens end with the sessions they belong to', () => {
  let server: TestServer;
  const login = async (username: string, password: string): Promise<string> => {
    const response = await server.api('POST', '/login/access-token', { form: { username, password } });
    expect(response.status).toBe(200);
    return response.body.access_token;
  };
  const me = (token: string) => server.api('GET', '/users/me', { token });
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('a password change refuses every earlier token of the user, the one that made it included', async () => {
    const { user, password, token } = await createUser(server.kite);
    const otherDevice = await login(user.email, password);
    const response = await server.api('PATCH', '/users/me/password', { token, json: { current_password: password, new_password: 'a-new-password' } });
    expect(response.body).toEqual({ message: 'Password updated successfully' });
    for (const old of [token, otherDevice]) {
      const refused = await me(old);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ detail: 'Could not validate credentials' });
    }
    expect((await me(await login(user.email, 'a-new-password'))).status).toBe(200);
  });

  it('a password set by a superuser refuses the user\'s earlier tokens', async () => {
    const admin = await createSuperuser(server.kite);
    const { user, token } = await createUser(server.kite);
    await server.api('PATCH', `/users/${user.id}`, { token: admin.token, json: { password: 'set-by-admin' } });
    expect((await me(token)).status).toBe(403);
    expect((await me(await login(user.email, 'set-by-admin'))).status).toBe(200);
  });

  it('a deactivation refuses earlier tokens for good: re-activating the account does not bring them back', async () => {
    const admin = await createSuperuser(server.kite);
    const { user, password, token } = await createUser(server.kite);
    await server.api('PATCH', `/users/${user.id}`, { token: admin.token, json: { is_active: false } });
    expect((await me(token)).body).toEqual({ detail: 'Inactive user' });
    await server.api('PATCH', `/users/${user.id}`, { token: admin.token, json: { is_active: true } });
    expect((await me(token)).status).toBe(403);
    expect((await me(await login(user.email, password))).status).toBe(200);
  });
});
