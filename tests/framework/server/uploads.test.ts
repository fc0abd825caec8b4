import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PageRegistry, ui, type RunOptions, type UploadedFile } from '../../../framework/index.js';
import type { BootState } from '../../../framework/protocol/messages.js';
import { loadPage, startServer } from '../../support/ui-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

/** What the page's upload callbacks saw. */
interface Seen {
  files: { name: string; type: string; bytes: Buffer }[];
  failures: string[];
  started: (() => void)[];
}

/** A page with uploads in several states, served on an ephemeral port. */
async function uploadServer(options: RunOptions = {}) {
  const seen: Seen = { files: [], failures: [], started: [] };
  const receive = async (file: UploadedFile) => {
    for (const wake of seen.started.splice(0)) wake();
    try {
      seen.files.push({ name: file.name, type: file.type, bytes: await file.bytes() });
    } catch (error) {
      seen.failures.push(`${file.name}: ${(error as Error).message}`);
    }
  };
  const pages = new PageRegistry();
  pages.add('/', () => {
    ui.upload({ label: 'Open', multiple: true, maxFiles: 2, maxFileSize: 50_000, onUpload: receive });
    ui.upload({ label: 'Hidden', onUpload: receive }).visible = false;
    ui.upload({ label: 'Disabled', disable: true, onUpload: receive });
    ui.label('Not an upload');
  });
  const server = await startServer(pages, options);
  cleanups.push(() => server.stop());
  const { boot, response } = await loadPage(server.url, '/');
  const idOf = (label: string) => boot!.elements.find((e) => e.p?.label === label || e.t === label)!.id;
  return { ...server, boot: boot!, cookie: response.headers.get('set-cookie')!.split(';')[0]!, idOf, seen };
}

function form(...files: { name: string; type?: string; content: string | Buffer }[]): FormData {
  const data = new FormData();
  for (const f of files) data.append('file', new Blob([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)], { type: f.type ?? 'application/octet-stream' }), f.name);
  return data;
}

async function post(base: string, boot: BootState, element: number, body: FormData | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/_ui/upload/${boot.client}/${element}`, {
    method: 'POST',
    body,
    headers: { origin: base, 'x-kite-token': boot.token, ...headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('upload route', () => {
  it('streams the files of one request to the callback with their bytes, name and type', async () => {
    const { url, boot, idOf, seen } = await uploadServer();
    const content = Buffer.alloc(40_000, 'x');
    const result = await post(url, boot, idOf('Open'), form({ name: 'a.csv', type: 'text/csv', content: 'a,b\n' }, { name: 'Übersicht 📷.bin', content }));
    expect(result).toEqual({ status: 200, body: { files: [{ name: 'a.csv', size: 4 }, { name: 'Übersicht 📷.bin', size: 40_000 }] } });
    expect(seen.files.map((f) => [f.name, f.type, f.bytes.length])).toEqual([['a.csv', 'text/csv', 4], ['Übersicht 📷.bin', 'application/octet-stream', 40_000]]);
    expect(seen.files[1]!.bytes.equals(content)).toBe(true);
  });

  it('answers 413 as soon as a file crosses its limit, and the callback reading it gets an error, not a cut file', async () => {
    const { url, boot, idOf, seen } = await uploadServer();
    const boundary = 'kite-test-boundary';
    const req = httpRequest(`${url}/_ui/upload/${boot.client}/${idOf('Open')}`, {
      method: 'POST',
      headers: { origin: url, 'x-kite-token': boot.token, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    req.on('error', () => {}); // the server may close while we still write
    const response = new Promise<IncomingMessage>((resolve) => req.on('response', resolve));
    const started = new Promise<void>((resolve) => seen.started.push(resolve));
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n`);
    req.write(Buffer.alloc(30_000, 1));
    await started; // the callback is reading the file
    req.write(Buffer.alloc(30_000, 1));
    const answer = await response;
    const body = await new Promise<string>((resolve) => {
      let text = '';
      answer.on('data', (c: Buffer) => (text += c.toString())).on('end', () => resolve(text));
    });
    req.destroy();
    expect(answer.statusCode).toBe(413);
    expect(JSON.parse(body)).toEqual({ error: '"big.bin" is larger than 48.8 KB', reason: 'max-file-size' });
    expect(seen.files).toEqual([]);
    expect(seen.failures).toEqual(['big.bin: "big.bin" is larger than 48.8 KB']);
  });

  it('answers 413 for more files than allowed, and for a declared length beyond the total limit without reading it', async () => {
    const { url, boot, idOf, kite } = await uploadServer();
    const files = ['1', '2', '3'].map((name) => ({ name, content: 'x' }));
    expect(await post(url, boot, idOf('Open'), form(...files))).toMatchObject({ status: 413, body: { reason: 'max-files' } });
    const small = await uploadServer();
    const tooLong = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(`${small.url}/_ui/upload/${small.boot.client}/${small.idOf('Open')}`, {
        method: 'POST',
        headers: { 'x-kite-token': small.boot.token, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(1e9) },
      });
      req.on('response', (res) => (resolve(res.statusCode), req.destroy())).on('error', reject);
      req.flushHeaders();
    });
    expect(tooLong).toBe(413);
    expect(kite.clients.get(boot.client)!.dropped).toBe(0);
  });

  it('refuses a wrong or missing secret, and an unknown client', async () => {
    const { url, boot, idOf } = await uploadServer();
    const element = idOf('Open');
    expect((await post(url, boot, element, form({ name: 'a', content: 'x' }), { 'x-kite-token': 'wrong' })).status).toBe(403);
    const missing = await fetch(`${url}/_ui/upload/${boot.client}/${element}`, { method: 'POST', body: form({ name: 'a', content: 'x' }) });
    expect(missing.status).toBe(403);
    expect((await post(url, { ...boot, client: 'nobody' }, element, form({ name: 'a', content: 'x' }))).status).toBe(403);
  });

  it('accepts only a visible, enabled upload element of that client, counting the rest as dropped', async () => {
    const { url, boot, idOf, kite, seen } = await uploadServer();
    const file = () => form({ name: 'a', content: 'x' });
    expect((await post(url, boot, 99_999, file())).status).toBe(404);
    expect((await post(url, boot, idOf('Not an upload'), file())).status).toBe(404);
    expect((await post(url, boot, idOf('Hidden'), file())).status).toBe(403);
    expect((await post(url, boot, idOf('Disabled'), file())).status).toBe(403);
    expect(seen.files).toEqual([]);
    expect(kite.clients.get(boot.client)!.dropped).toBe(4);
    const other = await loadPage(url, '/');
    expect((await post(url, { ...boot, client: other.boot!.client, token: other.boot!.token }, idOf('Open') + 10_000, file())).status).toBe(404);
  });

  it('refuses a foreign Origin unless allowed, and a body that is not multipart', async () => {
    const { url, boot, idOf } = await uploadServer();
    const element = idOf('Open');
    expect((await post(url, boot, element, form({ name: 'a', content: 'x' }), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(url, boot, element, 'just text', { 'content-type': 'text/plain' })).status).toBe(415);
    const allowed = await uploadServer({ allowedOrigins: ['https://proxy.example'] });
    expect((await post(allowed.url, allowed.boot, allowed.idOf('Open'), form({ name: 'a', content: 'x' }), { origin: 'https://proxy.example' })).status).toBe(200);
  });

  it('lets a client have only a bounded number of uploads open at once', async () => {
    const { url, boot, idOf, seen } = await uploadServer({ uploads: { perClient: 1 } });
    const boundary = 'b';
    const slow = httpRequest(`${url}/_ui/upload/${boot.client}/${idOf('Open')}`, {
      method: 'POST',
      headers: { 'x-kite-token': boot.token, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    slow.on('error', () => {});
    const started = new Promise<void>((resolve) => seen.started.push(resolve));
    slow.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.bin"\r\n\r\n`);
    slow.write(Buffer.alloc(1000));
    await started;
    expect((await post(url, boot, idOf('Open'), form({ name: 'a', content: 'x' }))).status).toBe(429);
    slow.end(`\r\n--${boundary}--\r\n`);
    const status = await new Promise<number | undefined>((resolve) => slow.on('response', (res) => (res.resume(), resolve(res.statusCode))));
    expect(status).toBe(200);
    expect((await post(url, boot, idOf('Open'), form({ name: 'a', content: 'x' }))).status).toBe(200);
  });

  it('lets a client start only so many uploads per second', async () => {
    const { url, boot, idOf } = await uploadServer({ uploads: { perSecond: 0.5 } });
    expect((await post(url, boot, idOf('Open'), form({ name: 'a', content: 'x' }))).status).toBe(200);
    expect(await post(url, boot, idOf('Open'), form({ name: 'b', content: 'x' }))).toEqual({ status: 429, body: { error: 'too many uploads; wait a moment' } });
  });

  it('cuts off an upload that stops sending: the callback reading it fails, and nothing is reported as its bug', async () => {
    const { url, boot, idOf, seen, logger } = await uploadServer({ uploads: { idleTimeout: 100 } });
    const boundary = 'b';
    const stalled = httpRequest(`${url}/_ui/upload/${boot.client}/${idOf('Open')}`, {
      method: 'POST',
      headers: { 'x-kite-token': boot.token, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    stalled.on('error', () => {});
    stalled.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stalled.bin"\r\n\r\n`);
    stalled.write(Buffer.alloc(1000));
    await expect.poll(() => seen.failures).toEqual(['stalled.bin: the upload was interrupted']);
    expect(seen.files).toEqual([]);
    expect(logger.lines).toEqual([]);
    expect((await post(url, boot, idOf('Open'), form({ name: 'next', content: 'x' }))).status).toBe(200);
  });
});
