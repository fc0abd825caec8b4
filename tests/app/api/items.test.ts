import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createSuperuser, createUser } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

describe('items API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('creates an item owned by the caller', async () => {
    const { user, token } = await createUser(server.kite);
    const response = await server.api('POST', '/items/', { token, json: { title: 'Groceries', description: 'Milk' } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Groceries',
      description: 'Milk',
      owner_id: user.id,
      created_at: expect.any(String),
    });
    const read = await server.api('GET', `/items/${response.body.id}`, { token });
    expect(read.body).toEqual(response.body);
  });

  it('lists only the caller\'s items, newest first, with their count', async () => {
    const { user, token } = await createUser(server.kite);
    const { user: stranger } = await createUser(server.kite);
    const first = await createItem(server.kite, user);
    const second = await createItem(server.kite, user);
    await createItem(server.kite, stranger);
    const response = await server.api('GET', '/items/', { token });
    expect(response.body).toEqual({ data: [second, first], count: 2 });
  });

  it('lists everybody\'s items for a superuser', async () => {
    const admin = await createSuperuser(server.kite);
    const { user } = await createUser(server.kite);
    const item = await createItem(server.kite, user);
    const response = await server.api('GET', '/items/?limit=1000', { token: admin.token });
    expect(response.body.data).toContainEqual(item);
    expect(response.body.count).toBeGreaterThanOrEqual(response.body.data.length);
  });

  it('pages with skip and limit; count is the total', async () => {
    const { user, token } = await createUser(server.kite);
    const items = [];
    for (let i = 0; i < 5; i++) items.push(await createItem(server.kite, user));
    const newestFirst = items.reverse().map((i) => i.id);
    const page = await server.api('GET', '/items/?skip=1&limit=2', { token });
    expect(page.body.data.map((i: { id: string }) => i.id)).toEqual(newestFirst.slice(1, 3));
    expect(page.body.count).toBe(5);
    const empty = await server.api('GET', '/items/?limit=0', { token });
    expect(empty.body).toEqual({ data: [], count: 5 });
  });

  it('PUT changes only the fields sent; description can be cleared with null', async () => {
    const { user, token } = await createUser(server.kite);
    const item = await createItem(server.kite, user, { title: 'Old', description: 'Keep me' });
    const retitled = await server.api('PUT', `/items/${item.id}`, { token, json: { title: 'New' } });
    expect(retitled.body).toEqual({ ...item, title: 'New' });
    const cleared = await server.api('PUT', `/items/${item.id}`, { token, json: { description: null } });
    expect(cleared.body).toEqual({ ...item, title: 'New', description: null });
  });

  it('a superuser edits someone else\'s item without taking it over', async () => {
    const admin = await createSuperuser(server.kite);
    const { user } = await createUser(server.kite);
    const item = await createItem(server.kite, user);
    const response = await server.api('PUT', `/items/${item.id}`, { token: admin.token, json: { title: 'Moderated' } });
    expect(response.body).toMatchObject({ title: 'Moderated', owner_id: user.id });
  });

  it('DELETE removes the item', async () => {
    const { user, token } = await createUser(server.kite);
    const item = await createItem(server.kite, user);
    const response = await server.api('DELETE', `/items/${item.id}`, { token });
    expect(response.body).toEqual({ message: 'Item deleted successfully' });
    expect((await server.api('GET', `/items/${item.id}`, { token })).status).toBe(404);
  });

  it.each(['GET', 'PUT', 'DELETE'])('%s on an unknown item answers 404 "Item not found"', async (method) => {
    const { token } = await createUser(server.kite);
    const response = await server.api(method, `/items/${crypto.randomUUID()}`, { token, json: method === 'PUT' ? { title: 'x' } : undefined });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Item not found' });
  });
});
