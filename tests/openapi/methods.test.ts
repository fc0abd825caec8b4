import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

describe('a known API path asked with a method it does not accept', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it.each([
    ['PUT', '/items/', 'GET, HEAD, POST, OPTIONS'],
    ['POST', '/items/3f1c2a5e-0000-4000-8000-000000000001', 'GET, HEAD, PUT, DELETE, OPTIONS'],
    ['GET', '/login/access-token', 'POST, OPTIONS'],
    ['DELETE', '/utils/health-check/', 'GET, HEAD, OPTIONS'],
    // `/users/me` and `/users/{user_id}` both match: Allow lists the methods of both.
    ['PUT', '/users/me', 'GET, HEAD, PATCH, DELETE, OPTIONS'],
  ])('%s %s answers 405 with Allow: %s, before authentication', async (method, path, allow) => {
    const response = await server.api(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(response.body).toEqual({ detail: 'Method Not Allowed' });
  });

  it('answers HEAD on a path without GET with 405 and Allow', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/login/access-token`, { method: 'HEAD' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('answers a plain OPTIONS (no CORS preflight) with 204 and Allow', async () => {
    const response = await server.api('OPTIONS', '/items/');
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('still answers 404 for a path no route knows, whatever the method', async () => {
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const response = await server.api(method, '/no-such-route');
      expect(response.status, method).toBe(404);
      expect(response.body, method).toEqual({ detail: 'Not Found' });
    }
  });
});
