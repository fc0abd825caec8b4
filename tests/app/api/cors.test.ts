import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server.js';

const allowed = 'https://admin.example.com';

describe('CORS', () => {
  describe('with no CORS_ORIGINS', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.stop());

    it('sends no CORS headers, so browsers keep the same-origin rule', async () => {
      const response = await server.api('GET', '/utils/health-check/', { headers: { origin: allowed } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('with CORS_ORIGINS set', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ CORS_ORIGINS: `${allowed},http://localhost:5173` });
    });
    afterAll(() => server.stop());

    it('allows a listed origin', async () => {
      const response = await server.api('GET', '/utils/health-check/', { headers: { origin: allowed } });
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('vary')).toContain('Origin');
    });

    it('answers a preflight from a listed origin with the allowed methods and headers', async () => {
      const response = await server.api('OPTIONS', '/items/', {
        headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    });

    it('ignores an unlisted origin', async () => {
      const response = await server.api('GET', '/utils/health-check/', { headers: { origin: 'https://evil.example.com' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
