import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { offerContent, offerFile } from '../../../framework/core/downloads.js';
import { PageRegistry, ui } from '../../../framework/index.js';
import type { DownMessage } from '../../../framework/protocol/messages.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

async function downloadServer() {
  const pages = new PageRegistry();
  pages.add('/', () => ui.button('Export', () => ui.download.content('id,name\n1,Ada\n', 'people.csv', { mediaType: 'text/csv' })));
  const server = await startServer(pages);
  cleanups.push(() => server.stop());
  /** Opens the page as a browser would: its client, and the cookie that browser sends. */
  const open = async () => {
    const { boot, response } = await loadPage(server.url, '/');
    const client = server.kite.clients.get(boot!.client)!;
    return { boot: boot!, client, cookie: response.headers.get('set-cookie')!.split(';')[0]! };
  };
  return { ...server, open };
}

describe('download route', () => {
  it('serves what a click offered, as an attachment the browser neither renders nor sniffs', async () => {
    const { url, open } = await downloadServer();
    const { boot, cookie } = await open();
    const socket = TestSocket.join(url, boot);
    cleanups.push(() => socket.close());
    await socket.opened();
    socket.send(['e', boot.elements.find((e) => e.tag === 'q-btn')!.id, 'click', []]);
    const isDownload = (m: DownMessage) => m[0] === 'f' && m[2].some((op) => op[0] === 'c' && op[1] === 'download');
    await socket.until((messages) => messages.some(isDownload));
    const frame = socket.messages.find(isDownload) as Extract<DownMessage, ['f', ...unknown[]]>;
    const { url: path } = frame[2].find((op) => op[0] === 'c')![2] as { url: string };
    const response = await fetch(url + path, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('id,name\n1,Ada\n');
    expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'cache-control', 'content-length'].map((h) => [h, response.headers.get(h)]))).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename=people.csv',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-length': '14',
    });
  });

  it('streams a file from disk with the type of its name, and encodes a name that is not ASCII', async () => {
    const { url, open } = await downloadServer();
    const { client, cookie } = await open();
    const dir = mkdtempSync(join(tmpdir(), 'kite-download-'));
    const path = join(dir, 'data.json');
    const data = JSON.stringify({ values: Array.from({ length: 50_000 }, (_, i) => i) });
    writeFileSync(path, data);
    const response = await fetch(url + offerFile(client, path), { headers: { cookie } });
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-length')]).toEqual([
      200, 'application/json; charset=utf-8', String(Buffer.byteLength(data)),
    ]);
    expect(await response.text()).toBe(data);
    const named = await fetch(url + offerContent(client, new Uint8Array([1, 2]), { filename: 'Übersicht.bin' }), { headers: { cookie } });
    expect(named.headers.get('content-disposition')).toBe(`attachment; filename="?bersicht.bin"; filename*=UTF-8''%C3%9Cbersicht.bin`);
    expect(named.headers.get('content-type')).toBe('application/octet-stream');
  });

  it("refuses another client's URL and another browser, with the same 404", async () => {
    const { url, open } = await downloadServer();
    const mine = await open();
    const theirs = await open();
    const path = offerContent(mine.client, 'secret', { filename: 'a.txt' });
    expect((await fetch(url + path, { headers: { cookie: mine.cookie } })).status).toBe(200);
    expect((await fetch(url + path.replace(mine.client.id, theirs.client.id), { headers: { cookie: theirs.cookie } })).status).toBe(404);
    expect((await fetch(url + path, { headers: { cookie: theirs.cookie } })).status).toBe(404);
    expect((await fetch(url + path)).status).toBe(404);
    expect((await fetch(`${url}/_ui/download/${mine.client.id}/guessed-key`, { headers: { cookie: mine.cookie } })).status).toBe(404);
  });

  it('stops serving an offer once it expired, and every offer of a deleted client', async () => {
    const { url, open } = await downloadServer();
    const { client, cookie } = await open();
    const brief = offerContent(client, 'soon gone', { filename: 'a.txt', ttl: 20 });
    const lasting = offerContent(client, 'kept', { filename: 'b.txt' });
    await expect.poll(async () => (await fetch(url + brief, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(url + lasting, { headers: { cookie } })).status).toBe(200);
    client.delete();
    expect((await fetch(url + lasting, { headers: { cookie } })).status).toBe(404);
  });
});
