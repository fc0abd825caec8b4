import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../support/factories.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../support/settings.js';
import { startTestServer, type TestServer } from '../../support/server.js';

describe('POST /login/access-token', () => {
  let server: TestServer;
  const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('exchanges the first superuser\'s email and password for a bearer token (OAuth2 password form)', async () => {
    const response = await server.api('POST', '/login/access-token', {
      form: { grant_type: 'password', username: ADMIN_EMAIL, password: ADMIN_PASSWORD, scope: '' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ access_token: expect.any(String), token_type: 'bearer' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const me = await server.api('POST', '/login/test-token', { token: response.body.access_token });
    expect(me.body).toMatchObject({ email: ADMIN_EMAIL, is_superuser: true });
  });

  it('matches the email case-insensitively', async () => {
    const { user, password } = await createUser(server.kite);
    expect((await login(user.email.toUpperCase(), password)).status).toBe(200);
  });

  it('answers the same 400 for a wrong password and for an unknown email', async () => {
    const { user } = await createUser(server.kite);
    const wrongPassword = await login(user.email, 'not-the-password');
    const unknownEmail = await login('nobody-here@example.com', 'not-the-password');
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body).toEqual({ detail: 'Incorrect email or password' });
    expect(unknownEmail.status).toBe(400);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('says "Inactive user" only to someone who knows the password', async () => {
    const { user, password } = await createUser(server.kite, { is_active: false });
    expect((await login(user.email, password)).body).toEqual({ detail: 'Inactive user' });
    expect((await login(user.email, 'not-the-password')).body).toEqual({ detail: 'Incorrect email or password' });
  });

  it('requires the form fields (a JSON body is not the OAuth2 form)', async () => {
    const response = await server.api('POST', '/login/access-token', { json: { username: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([
      { loc: ['body', 'username'], msg: 'Field required', type: 'missing' },
      { loc: ['body', 'password'], msg: 'Field required', type: 'missing' },
    ]);
  });

  it('rejects another grant type', async () => {
    const response = await server.api('POST', '/login/access-token', { form: { grant_type: 'client_credentials', username: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(response.status).toBe(422);
    expect(response.body.detail[0]).toMatchObject({ loc: ['body', 'grant_type'], type: 'literal_error' });
  });
});

describe('login throttling', () => {
  let server: TestServer;
  const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('blocks an account after 5 failures with 429 and Retry-After, even for the right password', async () => {
    const { user, password } = await createUser(server.kite);
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong-password')).status).toBe(400);
    for (const attempt of ['wrong-password', password]) {
      const response = await login(user.email, attempt);
      expect(response.status).toBe(429);
      expect(response.body).toEqual({ detail: 'Too many failed login attempts, try again later' });
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('resets the account\'s count on a successful login', async () => {
    const { user, password } = await createUser(server.kite);
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password');
    expect((await login(user.email, password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong-password')).status).toBe(400);
    expect((await login(user.email, password)).status).toBe(200);
  });

});

describe('login throttling per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('blocks an address after 20 failures spread over accounts, whatever account it tries next', async () => {
    const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
    for (let i = 0; i < 20; i++) expect((await login(`probe-${i}@example.com`, 'guess')).status).toBe(400);
    const { user, password } = await createUser(server.kite);
    const response = await login(user.email, password);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('login throttling behind a trusted proxy (TRUST_PROXY=true)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: 'true' });
  });
  afterAll(() => server.stop());

  it('counts failures per forwarded client address, not for the proxy as a whole', async () => {
    const login = (username: string, forwardedFor: string) =>
      server.api('POST', '/login/access-token', { form: { username, password: 'guess' }, headers: { 'x-forwarded-for': forwardedFor } });
    for (let i = 0; i < 20; i++) await login(`probe-${i}@example.com`, '203.0.113.7');
    expect((await login('someone@example.com', '203.0.113.7')).status).toBe(429);
    expect((await login('someone@example.com', '198.51.100.2')).status).toBe(400);
  });
});
