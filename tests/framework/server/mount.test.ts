import { afterEach, describe, expect, it } from 'vitest';
import { PageRegistry, ui, storage } from '../../../framework/index.js';
import { loadPage, startServer } from '../../support/ui-server.js';

const servers: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(pages: PageRegistry, options = {}) {
  const server = await startServer(pages, options);
  servers.push(server);
  return server;
}

describe('serving pages', () => {
  it('embeds the whole tree in the first HTML, escaped, under a strict CSP', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.label('</script><script>alert(1)</script>'), { title: 'Home <1>' });
    const { url } = await serve(pages);
    const { response, html, boot } = await loadPage(url, '/');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>Home &#60;1&#62;</title>');
    expect(boot!.elements.some((e) => e.t === '</script><script>alert(1)</script>')).toBe(true);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('passes path params and query to the page function', async () => {
    const pages = new PageRegistry();
    pages.add('/items/:id', ({ params, query }) => ui.label(`item ${params.id} tab ${query.tab}`));
    const { url } = await serve(pages);
    const { boot } = await loadPage(url, '/items/42?tab=info');
    expect(boot!.elements.some((e) => e.t === 'item 42 tab info')).toBe(true);
  });

  it('redirects when a guard says so', async () => {
    const pages = new PageRegistry();
    pages.add('/private', () => ui.label('secret'), { guard: () => '/login' });
    const { url, kite } = await serve(pages);
    const { response } = await loadPage(url, '/private');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login');
    expect(kite.clients.size).toBe(0);
  });

  it('answers HEAD with the page\'s status and headers, keeping no client for it', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.label('home'));
    pages.add('/private', () => ui.label('secret'), { guard: () => '/' });
    const { url, kite } = await serve(pages);
    const head = await fetch(`${url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(head.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${url}/private`, { method: 'HEAD', redirect: 'manual' })).status).toBe(302);
    expect(kite.clients.size).toBe(0);
  });

  it('answers 404 for paths that are no page', async () => {
    const { url } = await serve(new PageRegistry());
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  });

  it('answers 400 to a page path with a malformed %-escape, never a 500', async () => {
    const pages = new PageRegistry();
    pages.add('/items/:id', ({ params }) => ui.label(`item ${params.id}`));
    pages.add('/org/:org/app{/*rest}', () => ui.label('app'));
    const { url, kite } = await serve(pages);
    for (const [method, path] of [['GET', '/items/%ZZ'], ['HEAD', '/items/%E0%A4%A'], ['GET', '/org/%/app/x']] as const) {
      expect((await fetch(`${url}${path}`, { method })).status, `${method} ${path}`).toBe(400);
    }
    expect(kite.clients.size).toBe(0);
  });

  it('serves a path that starts with two slashes as that path, never as a URL of another host', async () => {
    const pages = new PageRegistry();
    pages.add('/{*rest}', ({ path }) => ui.label(`path ${path}`));
    const { url } = await serve(pages);
    for (const path of ['//', '//evil.example/x']) {
      const { response, boot } = await loadPage(url, path);
      expect(response.status, path).toBe(200);
      expect(boot!.elements.some((e) => e.t === `path ${path}`), path).toBe(true);
    }
  });

  it('answers 404 with the page for a deep link to a sub path that matches nothing', async () => {
    const pages = new PageRegistry();
    pages.add('/app{/*rest}', () => ui.subPages({ '/': () => ui.label('Home') }));
    const { url } = await serve(pages);
    const unknown = await loadPage(url, '/app/missing');
    expect(unknown.response.status).toBe(404);
    expect(unknown.boot!.elements.some((e) => e.t === 'Page not found')).toBe(true);
    expect((await loadPage(url, '/app/')).response.status).toBe(200);
  });

  it('keeps user storage per browser through a signed cookie', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      const visits = Number(storage.user.visits ?? 0) + 1;
      storage.user.visits = visits;
      ui.label(`visits ${visits}`);
    });
    const { url } = await serve(pages);
    const first = await loadPage(url, '/');
    const cookie = first.response.headers.get('set-cookie')!.split(';')[0]!;
    expect(first.response.headers.get('set-cookie')).toMatch(/HttpOnly/);
    const second = await loadPage(url, '/', { headers: { cookie } });
    expect(second.boot!.elements.some((e) => e.t === 'visits 2')).toBe(true);
    const forged = await loadPage(url, '/', { headers: { cookie: cookie.replace(/\.[^.]+$/, '.forged') } });
    expect(forged.boot!.elements.some((e) => e.t === 'visits 1')).toBe(true);
  });

  it('sends the first HTML compressed to a browser that accepts it, with a token of its own each time', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      for (let i = 0; i < 2000; i++) ui.label(`label ${i}`);
    });
    const { url } = await serve(pages);
    const { request } = await import('node:http');
    const raw = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: number; vary: string | undefined }>((resolve, reject) => {
        request(`${url}/`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes, vary: response.headers.vary }));
        })
          .on('error', reject)
          .end();
      });
    const plain = await raw('identity');
    const gzip = await raw('gzip');
    const brotli = await raw('gzip, deflate, br');
    expect(plain.encoding).toBeUndefined();
    expect([gzip.encoding, brotli.encoding]).toEqual(['gzip', 'br']);
    expect(gzip.bytes).toBeLessThan(plain.bytes / 5);
    expect(brotli.vary).toMatch(/Accept-Encoding/i);
    // fetch decodes the body: the page is whole, and each response carries a new client and token.
    const [first, second] = [await loadPage(url, '/'), await loadPage(url, '/')];
    expect(first.boot!.elements.filter((e) => e.t?.startsWith('label ')).length).toBe(2000);
    expect(first.boot!.token).not.toBe(second.boot!.token);
  });

  it('serves the runtime assets with long-lived cache headers', async () => {
    const { url } = await serve(new PageRegistry());
    const response = await fetch(`${url}/_ui/static/main.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  });
});
