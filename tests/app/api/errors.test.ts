import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, type TestUser } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

describe('error handling', () => {
  let server: TestServer;
  let user: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    user = await createUser(server.kite);
  });
  afterAll(() => server.stop());

  it('answers malformed JSON with 422 "JSON decode error", never a 500', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, raw: '{"title": "unterminated' });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ detail: [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }] });
  });

  it('answers malformed JSON with 422 even before authentication', async () => {
    const response = await server.api('POST', '/items/', { raw: '{oops' });
    expect(response.status).toBe(422);
  });

  it('answers an oversized body with 413', async () => {
    const response = await server.api('POST', '/items/', { token: user.token, json: { title: 'x', description: 'y'.repeat(200_000) } });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ detail: expect.stringMatching(/too large/i) });
  });

  it('answers an unexpected failure with a bare 500: no message, no stack; the error is logged', async () => {
    const failure = new Error('database exploded at /srv/secret/path');
    const spy = vi.spyOn(server.kite.services.items, 'list').mockRejectedValueOnce(failure);
    try {
      const response = await server.api('GET', '/items/', { token: user.token });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ detail: 'Internal Server Error' });
      expect(response.text).not.toContain('exploded');
      expect(server.logs.records).toContainEqual({ level: 'error', message: 'GET /api/v1/items/ failed', error: failure });
    } finally {
      spy.mockRestore();
    }
  });

  /** A request with its path exactly as given, malformed %-escapes and all (fetch keeps them). */
  const send = (method: string, path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { method, headers, redirect: 'manual' });

  it.each([
    ['GET', '/api/v1/items/%E0%A4%A'],
    ['GET', '/api/v1/users/%ZZ'],
    ['GET', '/api/v1/items/%'],
    ['GET', '/api/v1/items/%FF'],
    ['HEAD', '/api/v1/users/%ZZ'],
    ['POST', '/_ui/upload/%ZZ/%ZZ'],
    ['GET', '/_ui/download/%ZZ/x'],
    ['HEAD', '/_ui/download/%ZZ/x'],
  ])('answers %s %s (a malformed escape) with 400 and a JSON detail, never a 500', async (method, path) => {
    const response = await send(method, path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    if (method !== 'HEAD') expect(await response.json()).toEqual({ detail: 'Bad Request' });
  });

  it('answers other odd paths with a client error or what their page does, never a 500', async () => {
    const auth = { authorization: `Bearer ${user.token}` };
    expect((await send('GET', '/api/v1/items/%00', auth)).status).toBe(422);
    const long = await send('GET', `/api/v1/${'a'.repeat(8000)}`);
    expect([long.status, await long.json()]).toEqual([404, { detail: 'Not Found' }]);
    // Past Node's 16 KB limit for the request head, Node itself answers.
    expect((await send('GET', `/${'a'.repeat(20_000)}`)).status).toBe(431);
    expect((await send('GET', '/items/%ZZ')).status).toBe(404);
    expect((await send('HEAD', '/items/%ZZ')).status).toBe(404);
    expect((await send('GET', '/%00')).status).toBe(404);
    // `//` is the home page, which sends an anonymous browser to the login page.
    const home = await send('GET', '//');
    expect([home.status, home.headers.get('location')]).toEqual([302, '/login']);
  });

  it('answers unknown API paths with 404 JSON', async () => {
    const response = await server.api('GET', '/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not Found' });
  });

  it('does not advertise Express', async () => {
    const response = await server.api('GET', '/utils/health-check/');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.body).toBe(true);
  });
});
