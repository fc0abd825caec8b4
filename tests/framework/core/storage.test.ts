import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../../../framework/core/storage.js';
import { PageRegistry, storage, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

describe('storage', () => {
  it('persists documents to disk and reads them back after a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const first = new JsonStore(dir);
    first.get('user-abc').theme = 'dark';
    first.flush();
    expect(new JsonStore(dir).get('user-abc')).toEqual({ theme: 'dark' });
  });

  it('shares user storage between tabs of the same browser, not between browsers', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      storage.user.count = Number(storage.user.count ?? 0) + 1;
      ui.label(`count ${storage.user.count}`);
    });
    const tab1 = new SimulatedUser({ pages, browserId: 'browser-one-0123456789' });
    const tab2 = new SimulatedUser({ pages, browserId: 'browser-one-0123456789' });
    const other = new SimulatedUser({ pages, browserId: 'browser-two-0123456789' });
    await tab1.open('/');
    await tab2.open('/');
    await other.open('/');
    await tab2.should.see('count 2');
    await other.should.see('count 1');
  });

  it('keeps client storage per page instance', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      storage.client.clicks = 0;
      const label = ui.label('0');
      ui.button('+', () => (label.text = String(++(storage.client as { clicks: number }).clicks)));
    });
    const a = new SimulatedUser({ pages });
    const b = new SimulatedUser({ pages });
    await a.open('/');
    await b.open('/');
    await a.find('+').click();
    await a.find('+').click();
    await b.find('+').click();
    await a.should.see('2');
    await b.should.see('1');
  });

  it('gives tab storage once the tab connected, surviving a reload of that tab', async () => {
    const pages = new PageRegistry();
    const seen: unknown[] = [];
    pages.add('/', async ({ client }) => {
      ui.label('page');
      await client.whenConnected();
      seen.push(storage.tab.visits);
      storage.tab.visits = Number(storage.tab.visits ?? 0) + 1;
    });
    const server = await startServer(pages);
    cleanups.push(() => server.stop());
    for (let i = 0; i < 2; i++) {
      const { boot } = await loadPage(server.url, '/');
      const socket = TestSocket.join(server.url, boot!, boot!.seq, '&tab=tab-one-0123456789abc');
      cleanups.push(() => socket.close());
      await socket.opened();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toEqual([undefined, 1]);
  });

  it('runs connect and disconnect hooks', async () => {
    const pages = new PageRegistry();
    const events: string[] = [];
    pages.add('/', ({ client }) => {
      client.onConnect(() => events.push('connect'));
      client.onDisconnect(() => events.push('disconnect'));
      client.onDelete(() => events.push('delete'));
    });
    const server = await startServer(pages, { retention: 150 });
    cleanups.push(() => server.stop());
    const { boot } = await loadPage(server.url, '/');
    const socket = TestSocket.join(server.url, boot!);
    await socket.opened();
    await new Promise((r) => setTimeout(r, 10));
    socket.close();
    await socket.closedWith();
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual(['connect', 'disconnect', 'delete']);
  });
});
