import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, precompressed } from '../../../framework/server/precompressed.js';

const SCRIPT = Buffer.from('export const answer = 42;\n'.repeat(50));
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kite-precompressed-'));
  await writeFile(join(dir, 'app-1.js'), SCRIPT);
  await writeFile(join(dir, 'app-1.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(join(dir, 'app-1.js.gz'), gzipSync(SCRIPT));
  await writeFile(join(dir, 'only-gzip.css'), 'a{color:red}'.repeat(40));
  await writeFile(join(dir, 'only-gzip.css.gz'), gzipSync('a{color:red}'.repeat(40)));
  await writeFile(join(dir, 'tiny.js'), 'x');
  const app = express();
  app.use('/static', precompressed(dir, 1000));
  app.use('/static', express.static(dir, { fallthrough: false }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/static`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** The raw response (fetch would decode the body): status, headers and the bytes as sent. */
async function get(path: string, acceptEncoding?: string, method = 'GET') {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('precompressed build files', () => {
  it('sends the brotli variant to a browser that accepts it, as JavaScript, cached and varying by encoding', async () => {
    const response = await get('/app-1.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toMatch(/immutable/);
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(response.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
  });

  it('sends gzip to a browser that accepts only gzip, or prefers it', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0.5, gzip']) {
      const response = await get('/app-1.js', accept);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.body.equals(gzipSync(SCRIPT))).toBe(true);
    }
  });

  it('sends the file itself when no encoding is accepted, still varying by encoding', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const response = await get('/app-1.js', accept);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['vary']).toBe('Accept-Encoding');
      expect(response.body.equals(SCRIPT)).toBe(true);
    }
  });

  it('falls back to a variant that exists, or to the file when the build wrote none', async () => {
    expect((await get('/only-gzip.css', 'br, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get('/only-gzip.css', 'br, gzip')).headers['content-type']).toMatch(/^text\/css/);
    const tiny = await get('/tiny.js', 'br, gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('x');
  });

  it('answers HEAD with the headers of the variant and no body', async () => {
    const response = await get('/app-1.js', 'br', 'HEAD');
    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
    expect(response.body.length).toBe(0);
  });

  it('never serves a variant by its own name as something else, nor a file that does not exist', async () => {
    expect((await get('/missing.js', 'br')).status).toBe(404);
    const direct = await get('/app-1.js.br', 'br');
    expect(direct.headers['content-encoding']).toBeUndefined();
  });
});

describe('chooseEncoding', () => {
  const offered = ['br', 'gzip'];
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['identity', 'identity'],
    ['identity;q=1, br;q=0.5', 'identity'],
    ['deflate', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=banana', 'gzip'],
  ])('%s -> %s', (header, expected) => {
    expect(chooseEncoding(header, offered)).toBe(expected);
  });
});
