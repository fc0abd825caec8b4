import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, type TestUser } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

describe('headers of API answers', () => {
  let server: TestServer;
  let user: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    user = await createUser(server.kite);
  });
  afterAll(() => server.stop());

  const expectJsonAnswerHeaders = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  };

  it.each([
    ['a success', 'GET', '/users/me', 200],
    ['a 400 (malformed escape)', 'GET', '/items/%ZZ', 400],
    ['a 401', 'POST', '/login/test-token', 401],
    ['a 404', 'GET', '/no-such-route', 404],
    ['a 405', 'PUT', '/items/', 405],
    ['a 422', 'POST', '/login/access-token', 422],
  ])('%s is not cached, not sniffed, and loads or frames nothing', async (_case, method, path, status) => {
    const response = await server.api(method, path, { token: status === 401 ? undefined : user.token });
    expect(response.status).toBe(status);
    expectJsonAnswerHeaders(response.headers);
  });

  it('holds for an unexpected failure too', async () => {
    const spy = vi.spyOn(server.kite.services.items, 'list').mockRejectedValueOnce(new Error('boom'));
    try {
      const response = await server.api('GET', '/items/', { token: user.token });
      expect(response.status).toBe(500);
      expectJsonAnswerHeaders(response.headers);
    } finally {
      spy.mockRestore();
    }
  });

  it('holds for the errors of the UI routes, which the same error handler answers', async () => {
    const response = await fetch(`${server.baseUrl}/_ui/download/%ZZ/x`);
    expect(response.status).toBe(400);
    expectJsonAnswerHeaders(response.headers);
  });
});
