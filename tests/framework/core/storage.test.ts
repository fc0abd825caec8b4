import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { attachTab, configureStorage, heldTabs, JsonStore, storedDocuments } from '../../../framework/core/storage.js';
import { PageRegistry, storage, ui } from '../../../framework/index.js';
import type { BootState } from '../../../framework/protocol/messages.js';
import { MemoryLogger, SimulatedUser } from '../../../framework/testing/index.js';
import { recordingClient } from '../../support/client.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

const cleanups: (() => unknown)[] = [];

/** A client of that browser whose tab connected. */
function tabClient(browserId: string, tabId: string) {
  const { client } = recordingClient();
  client.browserId = browserId;
  attachTab(client, tabId);
  return client;
}
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

  it('knows only the keys written to a document: Object members are unset keys, __proto__ a key like any other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const store = new JsonStore(dir);
    const doc = store.get('user-abc');
    expect(doc.constructor).toBeUndefined();
    expect(doc.toString).toBeUndefined();
    doc['__proto__'] = { admin: true };
    expect(doc.admin).toBeUndefined();
    store.flush();
    const reread = new JsonStore(dir).get('user-abc');
    expect(Object.keys(reread)).toEqual(['__proto__']);
    expect(reread.admin).toBeUndefined();
    expect(reread.hasOwnProperty).toBeUndefined();
    const { client } = recordingClient();
    expect(client.storage.valueOf).toBeUndefined();
  });

  it('moves an unreadable file aside and reports it instead of overwriting it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    writeFileSync(join(dir, 'user-abc.json'), '{"theme": "dark"');
    const logger = new MemoryLogger();
    const store = new JsonStore(dir, logger);
    expect(store.get('user-abc')).toEqual({});
    store.get('user-abc').theme = 'light';
    store.flush();
    const aside = readdirSync(dir).find((f) => f.startsWith('user-abc.json.corrupt-'))!;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"theme": "dark"');
    expect(logger.lines.join('\n')).toContain(aside);
  });

  it('lets a released document leave memory once written, and reads it back from disk when needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const store = new JsonStore(dir);
    store.retain('user-abc');
    store.retain('user-abc');
    store.get('user-abc').theme = 'dark';
    store.release('user-abc');
    expect(store.size).toBe(1); // another holder
    store.release('user-abc');
    expect(store.size).toBe(1); // not written yet
    store.flush();
    expect(store.size).toBe(0);
    expect(store.get('user-abc')).toEqual({ theme: 'dark' });
  });

  it('keeps the only copy of a document in memory when there is no directory, unless it is empty', () => {
    const store = new JsonStore(undefined);
    for (const name of ['user-empty', 'user-full']) store.retain(name);
    store.get('user-empty');
    store.get('user-full').session = 'ada';
    for (const name of ['user-empty', 'user-full']) store.release(name);
    store.flush();
    expect(store.size).toBe(1);
    expect(store.get('user-full')).toEqual({ session: 'ada' });
  });

  it('does not lose a write made through a document after it left memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const store = new JsonStore(dir);
    store.retain('user-abc');
    const kept = store.get('user-abc');
    store.release('user-abc');
    expect(store.size).toBe(0);
    kept.late = 1;
    store.flush();
    expect(new JsonStore(dir).get('user-abc')).toEqual({ late: 1 });
    const fresh = store.get('user-abc');
    kept.later = 2;
    expect(fresh).toEqual({ late: 1, later: 2 });
  });

  it('holds user storage in memory only for browsers with a page open', async () => {
    configureStorage({ dir: mkdtempSync(join(tmpdir(), 'kite-store-')), tabGraceMs: 10 });
    const pages = new PageRegistry();
    pages.add('/', () => ui.label(storage.user.name ? `Hello ${String(storage.user.name)}` : 'Who are you?'));
    pages.add('/sign-in', () => void (storage.user.name = 'Ada'));
    const before = storedDocuments();
    const visitors = Array.from({ length: 20 }, (_, i) => new SimulatedUser({ pages, browserId: `visitor-${String(i).padStart(12, '0')}` }));
    for (const visitor of visitors) await visitor.open('/');
    expect(storedDocuments()).toBe(before + 20);
    await visitors[0]!.open('/sign-in');
    for (const visitor of visitors) visitor.close();
    await new Promise((r) => setTimeout(r, 150)); // the write of Ada's name, 100 ms after it
    expect(storedDocuments()).toBe(before);
    const back = new SimulatedUser({ pages, browserId: 'visitor-000000000000' });
    await back.open('/');
    await back.should.see('Hello Ada');
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

  it('gives tab storage once the tab connected, surviving a reload of that tab, and nothing to another browser with its tab id', async () => {
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
    const first = await loadPage(server.url, '/');
    const cookie = first.response.headers.get('set-cookie')!.split(';')[0]!;
    const visit = async (boot: BootState): Promise<void> => {
      const before = seen.length;
      const socket = TestSocket.join(server.url, boot, boot.seq, '&tab=tab-one-0123456789abc');
      cleanups.push(() => socket.close());
      await socket.opened();
      while (seen.length === before) await new Promise((r) => setTimeout(r, 5));
    };
    await visit(first.boot!);
    await visit((await loadPage(server.url, '/', { headers: { cookie } })).boot!); // a reload of the same tab
    await visit((await loadPage(server.url, '/')).boot!); // another browser sends that tab's id
    expect(seen).toEqual([undefined, 1, undefined]);
  });

  it('releases a tab once, also when its client moved to another tab', async () => {
    configureStorage({ dir: undefined, tabGraceMs: 10 });
    const [one, two] = ['tab-one-0123456789abc', 'tab-two-0123456789abc'];
    const moved = recordingClient().client;
    attachTab(moved, one);
    attachTab(moved, two);
    const stays = recordingClient().client;
    attachTab(stays, one);
    stays.build(() => (storage.tab.kept = true));
    moved.delete();
    await new Promise((r) => setTimeout(r, 40));
    const later = recordingClient().client;
    attachTab(later, one);
    expect(later.build(() => storage.tab.kept)).toBe(true);
  });

  it('does not keep a deleted client alive while its tab storage waits out the grace period', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    configureStorage({ dir: undefined, tabGraceMs: 60_000 });
    const ref = (() => {
      const { client } = recordingClient();
      client.build(() => ui.card(() => ui.label('x')));
      attachTab(client, 'tab-gone-0123456789abc');
      client.build(() => (storage.tab.kept = true));
      client.delete();
      return new WeakRef(client);
    })();
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 10));
    gc();
    expect(ref.deref()).toBeUndefined();
  });

  it('forgets a tab that left nothing in its storage at once, and keeps one with data for the grace period', async () => {
    configureStorage({ dir: undefined, tabGraceMs: 30 });
    const before = heldTabs();
    const unused = recordingClient().client;
    attachTab(unused, 'tab-unused-0123456789');
    const used = recordingClient().client;
    attachTab(used, 'tab-used-0123456789ab');
    used.build(() => (storage.tab.draft = 'hello'));
    expect(heldTabs()).toBe(before + 2);
    unused.delete();
    used.delete();
    expect(heldTabs()).toBe(before + 1);
    const reloaded = recordingClient().client;
    attachTab(reloaded, 'tab-used-0123456789ab');
    expect(reloaded.build(() => storage.tab.draft)).toBe('hello');
    reloaded.delete();
    await new Promise((r) => setTimeout(r, 60));
    expect(heldTabs()).toBe(before);
  });

  it('binds tab storage to the browser: another browser sending the same tab id finds none of it', () => {
    configureStorage({ dir: undefined, tabGraceMs: 60_000 });
    const tab = 'tab-shared-0123456789';
    const owner = tabClient('browser-owner-0123456789', tab);
    owner.build(() => (storage.tab.draft = 'secret'));
    const forger = tabClient('browser-forger-012345678', tab);
    expect(forger.build(() => storage.tab.draft)).toBeUndefined();
    expect(tabClient('browser-owner-0123456789', tab).build(() => storage.tab.draft)).toBe('secret');
  });

  it("finds a tab's storage after a restart: the storage configured anew on the same directory", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const before = configureStorage({ dir, tabGraceMs: 60_000 });
    tabClient('browser-one-0123456789', 'tab-one-0123456789abc').build(() => (storage.tab.draft = { title: 'Groceries' }));
    before.flush(); // what the mount does on shutdown; a crash finds what the last 100 ms window wrote
    configureStorage({ dir, tabGraceMs: 60_000 });
    const back = tabClient('browser-one-0123456789', 'tab-one-0123456789abc');
    expect(back.build(() => storage.tab.draft)).toEqual({ title: 'Groceries' });
    expect(readdirSync(join(dir, 'tabs'))).toEqual(['browser-one-0123456789.tab-one-0123456789abc.json']);
  });

  it('writes tab storage when the server stops, nested changes included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-store-'));
    const pages = new PageRegistry();
    pages.add('/', async ({ client }) => {
      await client.whenConnected();
      storage.tab.draft = { title: '' };
      (storage.tab.draft as { title: string }).title = 'typed';
    });
    const server = await startServer(pages, { storageDir: dir });
    const { response, boot } = await loadPage(server.url, '/');
    const socket = TestSocket.join(server.url, boot!, boot!.seq, '&tab=tab-one-0123456789abc');
    await socket.opened();
    while (heldTabs() === 0) await new Promise((r) => setTimeout(r, 5));
    await server.stop(100);
    const browser = /kite_browser=([^.;]+)/.exec(response.headers.get('set-cookie')!)![1]!;
    const text = readFileSync(join(dir, 'tabs', `${browser}.tab-one-0123456789abc.json`), 'utf8');
    expect(JSON.parse(text)).toEqual({ draft: { title: 'typed' } });
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
