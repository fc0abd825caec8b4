import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** `src` and `href` values of an HTML page. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/g)].map((m) => m[1] as string);
}

const isExternal = (url: string) => /^(?:[a-z]+:)?\/\//i.test(url);

describe('API documentation pages', () => {
  let server: TestServer;
  const get = (path: string) => fetch(new URL(path, server.baseUrl));
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('serves the OpenAPI 3.1 document at /openapi.json', async () => {
    const response = await get('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; tags: { name: string }[]; components: { securitySchemes: object } };
    expect(document.openapi).toBe('3.1.0');
    expect(document.tags.map((t) => t.name)).toEqual(['login', 'users', 'items', 'utils']);
    expect(document.components.securitySchemes).toHaveProperty('OAuth2PasswordBearer');
  });

  it('sends the documentation bundles compressed to a browser that accepts it', async () => {
    for (const path of ['/docs/swagger-ui-bundle.js', '/redoc/redoc.standalone.js', '/openapi.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      // fetch asks for gzip, deflate, br and decodes the body; the header says what was sent.
      expect(['gzip', 'br', 'deflate'], path).toContain(response.headers.get('content-encoding'));
      expect((await response.text()).length, path).toBeGreaterThan(1000);
    }
  });

  /** The directives of a Content-Security-Policy header, each with its sources. */
  const directives = (policy: string | null) =>
    Object.fromEntries((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

  it.each(['/docs/', '/redoc'])('serves %s under a Content-Security-Policy: scripts from the server only', async (path) => {
    const response = await get(path);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
  });

  describe('Swagger UI at /docs', () => {
    it('redirects /docs to /docs/', async () => {
      const response = await fetch(new URL('/docs', server.baseUrl), { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/docs/');
    });

    it('references only local assets, and every one of them loads', async () => {
      const html = await (await get('/docs/')).text();
      const refs = references(html);
      expect(refs).toEqual(expect.arrayContaining(['./swagger-ui.css', './swagger-ui-bundle.js', './swagger-ui-init.js']));
      expect(refs.filter(isExternal)).toEqual([]);
      for (const ref of refs) expect((await get(new URL(ref, `${server.baseUrl}/docs/`).pathname)).status, ref).toBe(200);
    });

    it('initialises with our document, whose password flow points at the login route', async () => {
      const init = await (await get('/docs/swagger-ui-init.js')).text();
      expect(init).toContain('"tokenUrl": "/api/v1/login/access-token"');
    });
  });

  describe('ReDoc at /redoc', () => {
    it('references only local scripts, has no inline script, and an inline empty favicon', async () => {
      const html = await (await get('/redoc')).text();
      expect(references(html)).toEqual(['data:,', '/redoc/redoc.standalone.js', '/redoc/init.js']);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(2);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(body?.trim()).toBe('');
      }
    });

    it('serves the redoc bundle locally, with its CDN logo rewritten', async () => {
      const response = await get('/redoc/redoc.standalone.js');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      const bundle = await response.text();
      expect(bundle.length).toBeGreaterThan(500_000);
      expect(bundle).not.toContain('cdn.redoc.ly');
    });

    it('serves the search worker as a same-origin script (a blob: worker would break under script-src \'self\')', async () => {
      const response = await get('/redoc/search.worker.js');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      const bundle = await (await get('/redoc/redoc.standalone.js')).text();
      expect(bundle).toContain('new Worker("/redoc/search.worker.js"');
    });

    it('starts ReDoc from a served script that loads /openapi.json', async () => {
      const response = await get('/redoc/init.js');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(await response.text()).toBe(`Redoc.init("/openapi.json", {}, document.getElementById('redoc'));\n`);
    });
  });
});
