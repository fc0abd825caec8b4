import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuperuser, createUser, type TestUser } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/** Invalid requests answer 422 with FastAPI's shape: `{detail: [{loc, msg, type}]}`. */
describe('request validation', () => {
  let server: TestServer;
  let user: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    server = await startTestServer({ OPEN_REGISTRATION: 'true' });
    user = await createUser(server.kite);
    admin = await createSuperuser(server.kite);
  });
  afterAll(() => server.stop());

  const long = (n: number) => 'x'.repeat(n);

  it.each([
    ['a missing title', {}, { loc: ['body', 'title'], msg: 'Field required', type: 'missing' }],
    ['an empty title', { title: '' }, { loc: ['body', 'title'], msg: 'String should have at least 1 character', type: 'string_too_short' }],
    ['a 256-character title', { title: long(256) }, { loc: ['body', 'title'], msg: 'String should have at most 255 characters', type: 'string_too_long' }],
    ['a 256-character description', { title: 't', description: long(256) }, { loc: ['body', 'description'], msg: 'String should have at most 255 characters', type: 'string_too_long' }],
    ['a title that is not a string', { title: 42 }, { loc: ['body', 'title'], msg: 'Input should be a valid string', type: 'string_type' }],
  ])('POST /items/ with %s', async (_case, json, issue) => {
    const response = await server.api('POST', '/items/', { token: user.token, json });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ detail: [issue] });
  });

  it('accepts the limits themselves: 255-character title and description', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, json: { title: long(255), description: long(255) } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['an invalid email', { email: 'not-an-email', password: 'password123' }, ['body', 'email'], 'value_error'],
    ['a 256-character email', { email: `${long(244)}@example.com`, password: 'password123' }, ['body', 'email'], 'string_too_long'],
    ['a 7-character password', { email: 'short@example.com', password: '1234567' }, ['body', 'password'], 'string_too_short'],
    ['a 73-byte password', { email: 'long@example.com', password: long(73) }, ['body', 'password'], expect.any(String)],
    ['a 256-character full name', { email: 'name@example.com', password: 'password123', full_name: long(256) }, ['body', 'full_name'], 'string_too_long'],
    ['is_superuser as a string', { email: 'flag@example.com', password: 'password123', is_superuser: 'yes' }, ['body', 'is_superuser'], 'bool_type'],
  ])('POST /users/ with %s', async (_case, json, loc, type) => {
    const response = await server.api('POST', '/users/', { token: admin.token, json });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc, msg: expect.any(String), type }]);
  });

  it('accepts a 72-byte password', async () => {
    const response = await server.api('POST', '/users/signup', { json: { email: 'max-password@example.com', password: long(72) } });
    expect(response.status).toBe(200);
  });

  it('reports every problem at once', async () => {
    const response = await server.api('POST', '/users/signup', { json: { email: 'nope', password: 'short' } });
    expect(response.body.detail.map((d: { loc: string[] }) => d.loc)).toEqual([
      ['body', 'email'],
      ['body', 'password'],
    ]);
  });

  it('validates the password change body', async () => {
    const response = await server.api('PATCH', '/users/me/password', { token: user.token, json: { current_password: 'password123' } });
    expect(response.body.detail).toEqual([{ loc: ['body', 'new_password'], msg: 'Field required', type: 'missing' }]);
  });

  it('rejects null where a value is required (email in an update)', async () => {
    const response = await server.api('PATCH', '/users/me', { token: user.token, json: { email: null } });
    expect(response.status).toBe(422);
    expect(response.body.detail[0].loc).toEqual(['body', 'email']);
  });

  it.each([
    ['/items/not-a-uuid', ['path', 'id']],
    [`/users/not-a-uuid`, ['path', 'user_id']],
  ])('GET %s: an invalid UUID in the path is a 422', async (path, loc) => {
    const response = await server.api('GET', path, { token: admin.token });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ detail: [{ loc, msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] });
  });

  it.each([
    ['skip=-1', ['query', 'skip'], 'greater_than_equal'],
    ['limit=abc', ['query', 'limit'], 'int_parsing'],
    ['limit=1001', ['query', 'limit'], 'less_than_equal'],
    ['skip=1.5', ['query', 'skip'], 'int_parsing'],
  ])('GET /items/?%s is a 422', async (query, loc, type) => {
    const response = await server.api('GET', `/items/?${query}`, { token: user.token });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc, msg: expect.any(String), type }]);
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('a JSON body that is %s is a 422', async (_case, raw) => {
    const response = await server.api('POST', '/items/', { token: user.token, raw });
    expect(response.status).toBe(422);
    expect(response.body.detail[0].loc).toEqual(['body']);
  });

  it('a body without a JSON content type counts as missing', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, raw: '{"title":"x"}', contentType: 'text/plain' });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ detail: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] });
  });

  it('drops unknown fields instead of storing them', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, json: { title: 'ok', owner_id: admin.user.id, colour: 'red' } });
    expect(response.status).toBe(200);
    expect(response.body.owner_id).toBe(user.user.id);
    expect(response.body).not.toHaveProperty('colour');
  });
});
