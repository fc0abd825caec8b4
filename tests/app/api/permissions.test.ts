import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemPublic } from '../../../app/models/items.js';
import { createItem, createSuperuser, createUser, uniqueEmail, type TestUser } from '../../support/factories.js';
import type { RequestOptions } from '../../support/http.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/**
 * Who may call what. Each case gets fresh fixtures: `owner` (owns `item`, and is the target of
 * /users/{user_id}), `other` (a normal user), `superuser`. A number alone means a 2xx with no detail check.
 */
type Role = 'anonymous' | 'other' | 'owner' | 'superuser';
type Expected = number | [status: number, detail: string];

interface Fixtures {
  owner: TestUser;
  other: TestUser;
  superuser: TestUser;
  item: ItemPublic;
}

interface Case {
  name: string;
  method: string;
  path: (f: Fixtures) => string;
  body?: (f: Fixtures, actor: TestUser | undefined) => RequestOptions;
  expect: Record<Role, Expected>;
}

const anon401: Expected = [401, 'Not authenticated'];
const itemDenied: Expected = [403, 'Not enough permissions'];
const notPrivileged: Expected = [403, "The user doesn't have enough privileges"];

const cases: Case[] = [
  { name: 'list items', method: 'GET', path: () => '/items/', expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 } },
  {
    name: 'create an item',
    method: 'POST',
    path: () => '/items/',
    body: () => ({ json: { title: 'New' } }),
    expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 },
  },
  { name: 'read an item', method: 'GET', path: (f) => `/items/${f.item.id}`, expect: { anonymous: anon401, other: itemDenied, owner: 200, superuser: 200 } },
  {
    name: 'update an item',
    method: 'PUT',
    path: (f) => `/items/${f.item.id}`,
    body: () => ({ json: { title: 'Changed' } }),
    expect: { anonymous: anon401, other: itemDenied, owner: 200, superuser: 200 },
  },
  { name: 'delete an item', method: 'DELETE', path: (f) => `/items/${f.item.id}`, expect: { anonymous: anon401, other: itemDenied, owner: 200, superuser: 200 } },
  { name: 'list users', method: 'GET', path: () => '/users/', expect: { anonymous: anon401, other: notPrivileged, owner: notPrivileged, superuser: 200 } },
  {
    name: 'create a user',
    method: 'POST',
    path: () => '/users/',
    body: () => ({ json: { email: uniqueEmail('created'), password: 'password123' } }),
    expect: { anonymous: anon401, other: notPrivileged, owner: notPrivileged, superuser: 200 },
  },
  { name: 'read me', method: 'GET', path: () => '/users/me', expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 } },
  {
    name: 'update me',
    method: 'PATCH',
    path: () => '/users/me',
    body: () => ({ json: { full_name: 'Me Myself' } }),
    expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 },
  },
  {
    name: 'change my password',
    method: 'PATCH',
    path: () => '/users/me/password',
    body: (_f, actor) => ({ json: { current_password: actor?.password ?? 'whatever-password', new_password: 'a-brand-new-password' } }),
    expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 },
  },
  {
    name: 'delete me',
    method: 'DELETE',
    path: () => '/users/me',
    expect: { anonymous: anon401, other: 200, owner: 200, superuser: [403, 'Super users are not allowed to delete themselves'] },
  },
  {
    name: 'read a user by id',
    method: 'GET',
    path: (f) => `/users/${f.owner.user.id}`,
    expect: { anonymous: anon401, other: notPrivileged, owner: 200, superuser: 200 },
  },
  {
    name: 'update a user by id',
    method: 'PATCH',
    path: (f) => `/users/${f.owner.user.id}`,
    body: () => ({ json: { full_name: 'Renamed' } }),
    expect: { anonymous: anon401, other: notPrivileged, owner: notPrivileged, superuser: 200 },
  },
  {
    name: 'delete a user by id',
    method: 'DELETE',
    path: (f) => `/users/${f.owner.user.id}`,
    expect: { anonymous: anon401, other: notPrivileged, owner: notPrivileged, superuser: 200 },
  },
  { name: 'test a token', method: 'POST', path: () => '/login/test-token', expect: { anonymous: anon401, other: 200, owner: 200, superuser: 200 } },
  { name: 'health check', method: 'GET', path: () => '/utils/health-check/', expect: { anonymous: 200, other: 200, owner: 200, superuser: 200 } },
];

const roles: Role[] = ['anonymous', 'other', 'owner', 'superuser'];
const table = cases.flatMap((c) => roles.map((role) => ({ ...c, role, expected: c.expect[role] })));

describe('permission matrix', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  async function fixtures(): Promise<Fixtures> {
    const { kite } = server;
    const owner = await createUser(kite);
    return { owner, other: await createUser(kite), superuser: await createSuperuser(kite), item: await createItem(kite, owner.user) };
  }

  it.each(table)('$name as $role -> $expected', async ({ method, path, body, role, expected }) => {
    const f = await fixtures();
    const actor = role === 'anonymous' ? undefined : f[role];
    const response = await server.api(method, path(f), { ...body?.(f, actor), token: actor?.token });
    const [status, detail] = typeof expected === 'number' ? [expected, undefined] : expected;
    expect(response.status).toBe(status);
    if (detail !== undefined) expect(response.body).toEqual({ detail });
  });
});
