import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createSuperuser, createUser, uniqueEmail, type TestUser } from '../../support/factories.js';
import type { ApiResponse } from '../../support/http.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { REFUSED_TEXTS, TRICKY_TEXTS } from '../../support/tricky-text.js';

/**
 * Every endpoint that stores text (item title and description, full name) keeps what it is given
 * exactly, and refuses control characters and lone surrogates with a 422 that names the field.
 */
describe('text fields of the API', () => {
  let server: TestServer;
  let user: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    server = await startTestServer({ OPEN_REGISTRATION: 'true' });
    user = await createUser(server.kite);
    admin = await createSuperuser(server.kite);
  });
  afterAll(() => server.stop());

  /** One write of `text` into one field, and the text as a later GET shows it. */
  interface Write {
    field: string;
    write(text: string): Promise<ApiResponse>;
    readBack(written: ApiResponse): Promise<unknown>;
  }

  const readItem = async (written: ApiResponse) => (await server.api('GET', `/items/${written.body.id}`, { token: user.token })).body;
  const readUser = async (written: ApiResponse) => (await server.api('GET', `/users/${written.body.id}`, { token: admin.token })).body.full_name;
  const newItemId = async () => (await createItem(server.kite, user.user)).id;
  const newUserId = async () => (await createUser(server.kite)).user.id;

  const writes: Record<string, Write> = {
    'POST /items/ title': {
      field: 'title',
      write: (text) => server.api('POST', '/items/', { token: user.token, json: { title: text } }),
      readBack: async (written) => (await readItem(written)).title,
    },
    'POST /items/ description': {
      field: 'description',
      write: (text) => server.api('POST', '/items/', { token: user.token, json: { title: 't', description: text } }),
      readBack: async (written) => (await readItem(written)).description,
    },
    'PUT /items/{id} title': {
      field: 'title',
      write: async (text) => server.api('PUT', `/items/${await newItemId()}`, { token: user.token, json: { title: text } }),
      readBack: async (written) => (await readItem(written)).title,
    },
    'PUT /items/{id} description': {
      field: 'description',
      write: async (text) => server.api('PUT', `/items/${await newItemId()}`, { token: user.token, json: { description: text } }),
      readBack: async (written) => (await readItem(written)).description,
    },
    'POST /users/ full_name': {
      field: 'full_name',
      write: (text) => server.api('POST', '/users/', { token: admin.token, json: { email: uniqueEmail(), password: 'password123', full_name: text } }),
      readBack: readUser,
    },
    'PATCH /users/{user_id} full_name': {
      field: 'full_name',
      write: async (text) => server.api('PATCH', `/users/${await newUserId()}`, { token: admin.token, json: { full_name: text } }),
      readBack: readUser,
    },
    'PATCH /users/me full_name': {
      field: 'full_name',
      write: async (text) => server.api('PATCH', '/users/me', { token: (await createUser(server.kite)).token, json: { full_name: text } }),
      readBack: readUser,
    },
    'POST /users/signup full_name': {
      field: 'full_name',
      write: (text) => server.api('POST', '/users/signup', { json: { email: uniqueEmail(), password: 'password123', full_name: text } }),
      readBack: readUser,
    },
  };
  const cases = <T>(values: [string, T][]) => Object.entries(writes).flatMap(([endpoint, write]) => values.map(([name, value]) => ({ endpoint, write, name, value })));

  it.each(cases(Object.entries(TRICKY_TEXTS)))('$endpoint stores $name exactly', async ({ write, value }) => {
    const written = await write.write(value);
    expect(written.status).toBe(200);
    expect(written.body[write.field]).toBe(value);
    expect(await write.readBack(written)).toBe(value);
  });

  it.each(cases(REFUSED_TEXTS.map(([name, text, says]) => [name, { text, says }])))('$endpoint refuses $name with a 422 naming the field', async ({ write, value }) => {
    const response = await write.write(value.text);
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc: ['body', write.field], msg: expect.stringContaining(value.says), type: expect.any(String) }]);
  });

  it.each(Object.entries(writes))('%s counts 255 characters, not UTF-16 units: 256 emoji are one too many', async (_endpoint, write) => {
    const response = await write.write('😀'.repeat(256));
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc: ['body', write.field], msg: 'String should have at most 255 characters', type: 'string_too_long' }]);
  });

  it('a description may keep tabs and line breaks; a title may not', async () => {
    const text = 'line 1\r\nline 2\n\tindented';
    const item = await server.api('POST', '/items/', { token: user.token, json: { title: 't', description: text } });
    expect(item.body.description).toBe(text);
    const refused = await server.api('POST', '/items/', { token: user.token, json: { title: text } });
    expect(refused.body.detail).toEqual([{ loc: ['body', 'title'], msg: 'Must not contain control characters', type: expect.any(String) }]);
  });

  it('answers the reported request, a NUL in the title, with a 422 instead of a 500', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, raw: '{"title":"a\\u0000b"}' });
    expect(response.status).toBe(422);
  });
});
