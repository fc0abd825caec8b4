import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createItem, createSuperuser, createUser, uniqueEmail } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

describe('users API', () => {
  let server: TestServer;
  const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  describe('GET /users/me', () => {
    it('returns the public profile and nothing secret', async () => {
      const { user, token } = await createUser(server.kite, { full_name: 'Ada Lovelace' });
      const response = await server.api('GET', '/users/me', { token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: user.id,
        email: user.email,
        full_name: 'Ada Lovelace',
        is_active: true,
        is_superuser: false,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(response.text).not.toMatch(/password|\$2b\$/);
    });
  });

  describe('POST /users/ (superuser)', () => {
    it('creates a user who can then log in; the email is stored in lower case', async () => {
      const admin = await createSuperuser(server.kite);
      const email = uniqueEmail('New.Person').replace('@example.com', '@Example.COM');
      const response = await server.api('POST', '/users/', { token: admin.token, json: { email, password: 'password123', full_name: 'New Person' } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ email: email.toLowerCase(), full_name: 'New Person', is_active: true, is_superuser: false });
      expect((await login(email, 'password123')).status).toBe(200);
    });

    it('refuses a duplicate email with upstream\'s message', async () => {
      const admin = await createSuperuser(server.kite);
      const { user } = await createUser(server.kite);
      const response = await server.api('POST', '/users/', { token: admin.token, json: { email: user.email.toUpperCase(), password: 'password123' } });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ detail: 'The user with this email already exists in the system.' });
    });
  });

  describe('GET /users/', () => {
    it('pages through users, newest first, with the total count', async () => {
      const admin = await createSuperuser(server.kite);
      const newest = await createUser(server.kite);
      const all = await server.api('GET', '/users/', { token: admin.token });
      expect(all.body.count).toBe(all.body.data.length);
      expect(all.body.data[0].id).toBe(newest.user.id);
      const page = await server.api('GET', '/users/?skip=1&limit=2', { token: admin.token });
      expect(page.body.data.map((u: { id: string }) => u.id)).toEqual(all.body.data.slice(1, 3).map((u: { id: string }) => u.id));
      expect(page.body.count).toBe(all.body.count);
    });
  });

  describe('PATCH /users/me', () => {
    it('changes the email and the name, and clears the name with null', async () => {
      const { token } = await createUser(server.kite);
      const email = uniqueEmail('renamed');
      const changed = await server.api('PATCH', '/users/me', { token, json: { email, full_name: 'Renamed' } });
      expect(changed.body).toMatchObject({ email, full_name: 'Renamed' });
      const cleared = await server.api('PATCH', '/users/me', { token, json: { full_name: null } });
      expect(cleared.body).toMatchObject({ email, full_name: null });
    });

    it('ignores attempts to raise one\'s own privileges', async () => {
      const { token } = await createUser(server.kite);
      const response = await server.api('PATCH', '/users/me', { token, json: { is_superuser: true, is_active: true } });
      expect(response.status).toBe(200);
      expect(response.body.is_superuser).toBe(false);
    });

    it('answers 409 when the email belongs to someone else', async () => {
      const { token } = await createUser(server.kite);
      const { user: other } = await createUser(server.kite);
      const response = await server.api('PATCH', '/users/me', { token, json: { email: other.email } });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({ detail: 'User with this email already exists' });
    });

    it('accepts one\'s own current email', async () => {
      const { user, token } = await createUser(server.kite);
      expect((await server.api('PATCH', '/users/me', { token, json: { email: user.email } })).status).toBe(200);
    });
  });

  describe('PATCH /users/me/password', () => {
    it('changes the password: the old one stops working, the new one works', async () => {
      const { user, password, token } = await createUser(server.kite);
      const response = await server.api('PATCH', '/users/me/password', { token, json: { current_password: password, new_password: 'a-new-password' } });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ message: 'Password updated successfully' });
      expect((await login(user.email, password)).status).toBe(400);
      expect((await login(user.email, 'a-new-password')).status).toBe(200);
    });

    it('refuses a wrong current password', async () => {
      const { token } = await createUser(server.kite);
      const response = await server.api('PATCH', '/users/me/password', { token, json: { current_password: 'not-my-password', new_password: 'a-new-password' } });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ detail: 'Incorrect password' });
    });

    it('refuses a new password equal to the current one', async () => {
      const { password, token } = await createUser(server.kite);
      const response = await server.api('PATCH', '/users/me/password', { token, json: { current_password: password, new_password: password } });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ detail: 'New password cannot be the same as the current one' });
    });
  });

  describe('GET /users/{user_id}', () => {
    it('answers 404 to a superuser for an unknown id', async () => {
      const admin = await createSuperuser(server.kite);
      const response = await server.api('GET', `/users/${crypto.randomUUID()}`, { token: admin.token });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ detail: 'User not found' });
    });

    it('answers 403, not 404, to a normal user for an unknown id (no probing)', async () => {
      const { token } = await createUser(server.kite);
      expect((await server.api('GET', `/users/${crypto.randomUUID()}`, { token })).status).toBe(403);
    });
  });

  describe('PATCH /users/{user_id} (superuser)', () => {
    it('updates any field, including the password and privileges', async () => {
      const admin = await createSuperuser(server.kite);
      const { user } = await createUser(server.kite);
      const response = await server.api('PATCH', `/users/${user.id}`, {
        token: admin.token,
        json: { password: 'set-by-admin', is_superuser: true, full_name: 'Promoted' },
      });
      expect(response.body).toMatchObject({ id: user.id, email: user.email, is_superuser: true, full_name: 'Promoted' });
      expect((await login(user.email, 'set-by-admin')).status).toBe(200);
    });

    it('answers 404 with upstream\'s message for an unknown id', async () => {
      const admin = await createSuperuser(server.kite);
      const response = await server.api('PATCH', `/users/${crypto.randomUUID()}`, { token: admin.token, json: { full_name: 'x' } });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ detail: 'The user with this id does not exist in the system' });
    });

    it('answers 409 when the email belongs to someone else', async () => {
      const admin = await createSuperuser(server.kite);
      const { user } = await createUser(server.kite);
      const { user: other } = await createUser(server.kite);
      const response = await server.api('PATCH', `/users/${user.id}`, { token: admin.token, json: { email: other.email } });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({ detail: 'User with this email already exists' });
    });
  });

  describe('deleting users', () => {
    it('DELETE /users/{user_id} deletes the user and all their items', async () => {
      const admin = await createSuperuser(server.kite);
      const { user } = await createUser(server.kite);
      const items = [await createItem(server.kite, user), await createItem(server.kite, user)];
      const response = await server.api('DELETE', `/users/${user.id}`, { token: admin.token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ message: 'User deleted successfully' });
      expect((await server.api('GET', `/users/${user.id}`, { token: admin.token })).status).toBe(404);
      for (const item of items) expect((await server.api('GET', `/items/${item.id}`, { token: admin.token })).status).toBe(404);
    });

    it('DELETE /users/me deletes the account and its items', async () => {
      const admin = await createSuperuser(server.kite);
      const { user, token } = await createUser(server.kite);
      const item = await createItem(server.kite, user);
      expect((await server.api('DELETE', '/users/me', { token })).body).toEqual({ message: 'User deleted successfully' });
      expect((await server.api('GET', `/items/${item.id}`, { token: admin.token })).status).toBe(404);
    });

    it('a superuser cannot delete themselves, by either route', async () => {
      const admin = await createSuperuser(server.kite);
      for (const path of ['/users/me', `/users/${admin.user.id}`]) {
        const response = await server.api('DELETE', path, { token: admin.token });
        expect(response.status).toBe(403);
        expect(response.body).toEqual({ detail: 'Super users are not allowed to delete themselves' });
      }
      expect((await server.api('GET', '/users/me', { token: admin.token })).status).toBe(200);
    });

    it('answers 404 for an unknown id', async () => {
      const admin = await createSuperuser(server.kite);
      const response = await server.api('DELETE', `/users/${crypto.randomUUID()}`, { token: admin.token });
      expect(response.body).toEqual({ detail: 'User not found' });
    });
  });

  describe('POST /users/signup', () => {
    it('is closed unless OPEN_REGISTRATION is on', async () => {
      const response = await server.api('POST', '/users/signup', { json: { email: uniqueEmail(), password: 'password123' } });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ detail: 'Open user registration is forbidden on this server' });
    });
  });
});

describe('POST /users/signup with OPEN_REGISTRATION=true', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ OPEN_REGISTRATION: 'true' });
  });
  afterAll(() => server.stop());

  it('creates an active, unprivileged user who can log in, even if privileges are asked for', async () => {
    const email = uniqueEmail('signup');
    const response = await server.api('POST', '/users/signup', { json: { email, password: 'password123', full_name: 'Sam', is_superuser: true } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ email, full_name: 'Sam', is_active: true, is_superuser: false });
    const login = await server.api('POST', '/login/access-token', { form: { username: email, password: 'password123' } });
    expect(login.status).toBe(200);
  });

  it('refuses an existing email', async () => {
    const { user } = await createUser(server.kite);
    const response = await server.api('POST', '/users/signup', { json: { email: user.email, password: 'password123' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'The user with this email already exists in the system' });
  });
});

describe('PATCH /users/me/password throttling (like login: per account and per client address)', () => {
  let server: TestServer;
  const changePassword = (token: string, current_password: string) =>
    server.api('PATCH', '/users/me/password', { token, json: { current_password, new_password: 'a-new-password' } });
  const login = (username: string, password: string) => server.api('POST', '/login/access-token', { form: { username, password } });
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.stop());

  it('answers 429 with Retry-After long before 25 wrong current passwords, and then even to the right one', async () => {
    const { password, token } = await createUser(server.kite);
    const allowed = server.settings.loginThrottle.maxFailuresPerAccount;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await changePassword(token, `guess-number-${i}`)).status);
    expect(statuses).toEqual([...Array<number>(allowed).fill(400), ...Array<number>(25 - allowed).fill(429)]);
    const response = await changePassword(token, password);
    expect(response.status).toBe(429);
    expect(response.body).toEqual({ detail: 'Too many incorrect passwords, try again later' });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts wrong current passwords and failed logins together, and renaming the email does not reset the count', async () => {
    const { user, password, token } = await createUser(server.kite);
    for (let i = 0; i < 3; i++) expect((await login(user.email, 'guess')).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await changePassword(token, 'guess-again')).status).toBe(400);
    const renamed = uniqueEmail('renamed');
    expect((await server.api('PATCH', '/users/me', { token, json: { email: renamed } })).status).toBe(200);
    expect((await changePassword(token, password)).status).toBe(429);
    expect((await login(renamed, password)).status).toBe(429);
  });

  it('blocks a client address after 20 wrong passwords spread over accounts', async () => {
    for (let i = 0; i < 5; i++) {
      const { token } = await createUser(server.kite);
      for (let j = 0; j < 4; j++) expect((await changePassword(token, 'wrong-guess')).status).toBe(400);
    }
    const { password, token } = await createUser(server.kite);
    const response = await changePassword(token, password);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
