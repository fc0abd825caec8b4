import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PageRegistry, storage, ui } from '../../../framework/index.js';
import type { BootState, DownMessage, Remounted } from '../../../framework/protocol/messages.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

/** What the fake assets' manifest names as the runtime build (tests/support/ui-server.ts). */
const BUILD = 'main.js';

function pages(): PageRegistry {
  const registry = new PageRegistry();
  registry.add('/form', () => {
    ui.label(`hello ${String(storage.user.name ?? 'stranger')}`);
    const title = ui.input({ label: 'Title' });
    const echo = ui.label('');
    ui.button('Echo', () => (echo.text = `echo: ${title.value}`));
  });
  registry.add('/private', () => ui.label('secret'), { guard: () => '/form' });
  return registry;
}

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

/** A server on a storage dir; a second one on the same dir is the first one restarted. */
async function serve(dir: string) {
  const server = await startServer(pages(), { storageDir: dir });
  running.push(server);
  return server;
}

function tab(base: string, boot: BootState, cookie: string | undefined): TestSocket {
  const url = `${base.replace('http', 'ws')}${boot.ws}?client=${boot.client}&token=${boot.token}&seq=${boot.seq}&tab=${'b'.repeat(32)}`;
  return new TestSocket(url, cookie ? { origin: base, cookie } : { origin: base });
}

const isRemount = (m: DownMessage): m is ['m', Remounted] => m[0] === 'm';

/** Opens the form, names the browser, types a title, and restarts the server under the tab. */
async function typedThenRestarted() {
  const dir = mkdtempSync(join(tmpdir(), 'kite-remount-'));
  const first = await serve(dir);
  const { boot, response } = await loadPage(first.url, '/form');
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const before = tab(first.url, boot!, cookie);
  await before.opened();
  const client = [...first.kite.clients.values()][0]!;
  client.build(() => (storage.user.name = 'Ada'));
  await first.stop();
  running.splice(running.indexOf(first), 1);
  const second = await serve(dir);
  return { second, boot: boot!, cookie };
}

describe('a tab whose server restarted', () => {
  it('is told the server does not know it, and gets its page rebuilt, with its values, on the same socket', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    const socket = tab(second.url, boot, cookie);
    await socket.until((m) => m.length > 0);
    expect(socket.messages[0]).toEqual(['e', 'unknown-client', expect.any(String)]);
    socket.send(['m', { path: '/form', values: [['q-layout/q-page-container/q-page/q-input', 'Draft title']], build: BUILD }]);
    await socket.until((m) => m.some(isRemount));
    const [, remounted] = socket.messages.find(isRemount)!;
    expect(remounted.client).not.toBe(boot.client);
    expect(remounted.elements.find((e) => e.tag === 'q-input')!.v).toBe('Draft title');
    // Signed in as before: user storage is the browser's, found again through its cookie.
    expect(remounted.elements.some((e) => e.t === 'hello Ada')).toBe(true);
    const echo = remounted.elements.find((e) => e.tag === 'q-btn')!;
    socket.send(['e', echo.id, 'click', []]);
    await socket.until((m) => JSON.stringify(m).includes('echo: Draft title'));
    expect(second.kite.clients.get(remounted.client)?.connected).toBe(true);
  });

  it('that has no browser session (no cookie) is not re-mounted: it reloads as before', async () => {
    const { second, boot } = await typedThenRestarted();
    const socket = tab(second.url, boot, undefined);
    await socket.until((m) => m.length > 0);
    socket.send(['m', { path: '/form', values: [], build: BUILD }]);
    expect(await socket.closedWith()).toEqual({ code: 4404, reason: 'no browser session' });
    expect(second.kite.clients.size).toBe(0);
  });

  it('whose runtime is another build is told to reload (it keeps its values for the reloaded page)', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    const socket = tab(second.url, boot, cookie);
    await socket.until((m) => m.length > 0);
    socket.send(['m', { path: '/form', values: [], build: 'main-OLD.js' }]);
    expect((await socket.closedWith()).code).toBe(4410);
    expect(second.kite.clients.size).toBe(0);
  });

  it('is sent where the rebuilt page\'s guard says, instead of being given the page', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    const socket = tab(second.url, boot, cookie);
    await socket.until((m) => m.length > 0);
    socket.send(['m', { path: '/private', values: [], build: BUILD }]);
    await socket.until((m) => m.some(isRemount));
    expect(socket.messages.find(isRemount)![1]).toEqual({ location: '/form' });
    expect(second.kite.clients.size).toBe(0);
  });

  it('that replays another browser\'s tab (its client id, tab id and values) gets only a page of its own browser', async () => {
    const { second, boot } = await typedThenRestarted();
    const stranger = (await loadPage(second.url, '/form')).response.headers.get('set-cookie')!.split(';')[0]!;
    const socket = tab(second.url, boot, stranger);
    await socket.until((m) => m.length > 0);
    socket.send(['m', { path: '/form', values: [], build: BUILD }]);
    await socket.until((m) => m.some(isRemount));
    const [, remounted] = socket.messages.find(isRemount)!;
    expect(remounted.elements.some((e) => e.t === 'hello stranger')).toBe(true);
    expect(JSON.stringify(remounted)).not.toContain('Ada');
  });

  it('ignores what the tab sent for its old page before it heard (it hands that over again), up to a bound', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    const socket = tab(second.url, boot, cookie);
    await socket.opened();
    socket.send(['v', 3, 'typed while away', 1]);
    socket.send(['e', 4, 'click', []]);
    socket.send(['m', { path: '/form', values: [], build: BUILD }]);
    await socket.until((m) => m.some(isRemount));
    expect(second.kite.clients.size).toBe(1);

    const flood = tab(second.url, boot, cookie);
    await flood.opened();
    for (let i = 0; i < 201; i++) flood.send(['a', i]);
    expect(await flood.closedWith()).toEqual({ code: 4404, reason: 'unknown client' });
  });

  it('closes a socket that sends no message a tab would send, as unknown', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    const socket = tab(second.url, boot, cookie);
    await socket.until((m) => m.length > 0);
    socket.send('{"not":"a message"}');
    expect(await socket.closedWith()).toEqual({ code: 4404, reason: 'unknown client' });
  });

  it('refuses more recovered values than the bound, and keys or paths out of shape', async () => {
    const { second, boot, cookie } = await typedThenRestarted();
    for (const request of [
      { path: '/form', values: Array.from({ length: 501 }, (_, i) => [`k${i}`, i]), build: BUILD },
      { path: '/form', values: [['k'.repeat(1025), 1]], build: BUILD },
      { path: '//evil.example/form', values: [], build: BUILD },
      { path: '/form', values: 'all of them', build: BUILD },
    ]) {
      const socket = tab(second.url, boot, cookie);
      await socket.until((m) => m.length > 0);
      socket.send(['m', request]);
      expect((await socket.closedWith()).code, JSON.stringify(request).slice(0, 80)).toBe(4404);
    }
    expect(second.kite.clients.size).toBe(0);
  });
});
