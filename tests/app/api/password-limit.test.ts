import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuperuser, createUser, uniqueEmail, type TestUser } from '../../support/factories.js';
import type { ApiResponse } from '../../support/http.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/** bcrypt hashes the first 72 bytes only, so a password to set is at most 72 bytes of UTF-8. */
describe('the password limit of the API', () => {
  let server: TestServer;
  let admin: TestUser;
  const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
  beforeAll(async () => {
    server = await startTestServer({ OPEN_REGISTRATION: 'true' });
    admin = await createSuperuser(server.kite);
  });
  afterAll(() => server.stop());

  const TOO_LONG = 'Must be at most 72 bytes (a non-ASCII character counts as 2 to 4)';
  const sets: Record<string, { field: string; set(password: string): Promise<ApiResponse> }> = {
    'POST /users/': { field: 'password', set: (password) => server.api('POST', '/users/', { token: admin.token, json: { email: uniqueEmail(), password } }) },
    'POST /users/signup': { field: 'password', set: (password) => server.api('POST', '/users/signup', { json: { email: uniqueEmail(), password } }) },
    'PATCH /users/{user_id}': {
      field: 'password',
      set: async (password) => server.api('PATCH', `/users/${(await createUser(server.kite)).user.id}`, { token: admin.token, json: { password } }),
    },
    'PATCH /users/me/password': {
      field: 'new_password',
      set: async (password) => {
        const { password: current, token } = await createUser(server.kite);
        return server.api('PATCH', '/users/me/password', { token, json: { current_password: current, new_password: password } });
      },
    },
  };
  const endpoints = Object.entries(sets);

  it.each(endpoints)('%s accepts 72 bytes: 72 ASCII letters, 36 "é" or 18 emoji', async (_endpoint, { set }) => {
    for (const password of ['x'.repeat(72), 'é'.repeat(36), '😀'.repeat(18)]) expect((await set(password)).status).toBe(200);
  });

  it.each(endpoints)('%s refuses 73 bytes, and 37 "é" (74 bytes), in bytes', async (_endpoint, { field, set }) => {
    for (const password of ['x'.repeat(73), 'é'.repeat(37)]) {
      const response = await set(password);
      expect(response.status).toBe(422);
      expect(response.body.detail).toEqual([{ loc: ['body', field], msg: TOO_LONG, type: expect.any(String) }]);
    }
  });

  it.each(endpoints)('%s refuses a lone surrogate (it would be hashed as U+FFFD)', async (_endpoint, { field, set }) => {
    const response = await set('password\ud800');
    expect(response.body.detail).toEqual([{ loc: ['body', field], msg: 'Must be well-formed Unicode (no lone surrogates)', type: expect.any(String) }]);
  });

  it('two passwords alike in their first 72 bytes can no longer both sign in', async () => {
    const first72 = 'correct-horse-battery-staple-'.repeat(3).slice(0, 72);
    const email = uniqueEmail();
    expect((await server.api('POST', '/users/signup', { json: { email, password: first72 } })).status).toBe(200);
    expect((await server.api('POST', '/users/signup', { json: { email: uniqueEmail(), password: `${first72}-and-more` } })).status).toBe(422);
    expect((await login(email, first72)).status).toBe(200);
    const longer = await login(email, `${first72}-and-more`);
    expect([longer.status, longer.body]).toEqual([400, { detail: 'Incorrect email or password' }]);
  });

  it('login keeps one answer for every wrong password, however long: no 422 that hints at the rules', async () => {
    const { user } = await createUser(server.kite);
    for (const password of ['x'.repeat(73), 'é'.repeat(200), 'short']) {
      const response = await login(user.email, password);
      expect([response.status, response.body]).toEqual([400, { detail: 'Incorrect email or password' }]);
    }
  });

  it('a current password over 72 bytes is just an incorrect one', async () => {
    const { token } = await createUser(server.kite);
    const response = await server.api('PATCH', '/users/me/password', { token, json: { current_password: 'x'.repeat(100), new_password: 'a-new-password' } });
    expect([response.status, response.body]).toEqual([400, { detail: 'Incorrect password' }]);
  });
});
