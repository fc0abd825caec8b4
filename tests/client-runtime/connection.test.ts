import { describe, expect, it, vi } from 'vitest';
import { CloseCode, type DownMessage, type Snapshot } from '../../framework/protocol/messages.js';
import { Connection, type ConnectionEnv } from '../../client-runtime/connection.js';
import { socketUrl, type SocketHandlers } from '../../client-runtime/socket.js';
import { Store } from '../../client-runtime/store.js';
import { FakeClock } from './fake-clock.js';

class FakeSocket {
  sent: unknown[] = [];
  closedWith: [number | undefined, string | undefined] | undefined;
  constructor(
    readonly url: string,
    readonly handlers: SocketHandlers,
  ) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number, reason?: string): void {
    this.closedWith = [code, reason];
  }
  down(message: DownMessage): void {
    this.handlers.message(JSON.stringify(message));
  }
}

function boot(): Snapshot & { seq: number } {
  return {
    seq: 3,
    root: 0,
    elements: [
      { id: 0, tag: 'div', ch: { default: [1, 2] } },
      { id: 1, tag: 'span', t: 'a' },
      { id: 2, tag: 'q-input', v: '' },
    ],
  };
}

function setup(mayReload = true) {
  const clock = new FakeClock();
  const store = new Store(boot());
  const sockets: FakeSocket[] = [];
  const status = { reconnecting: vi.fn(), fatal: vi.fn() };
  const env: ConnectionEnv = {
    url: (seq) => `ws://h/_ui/ws?seq=${seq}`,
    open: (url, handlers) => {
      const socket = new FakeSocket(url, handlers);
      sockets.push(socket);
      return socket;
    },
    clock,
    random: () => 0.5,
    status,
    mayReload: vi.fn(() => mayReload),
    reload: vi.fn(),
    onCall: vi.fn(),
    path: () => '/form?x=1',
    build: 'main-1.js',
    remounted: vi.fn(),
    navigate: vi.fn(),
  };
  const connection = new Connection(store, env);
  const last = (): FakeSocket => sockets[sockets.length - 1]!;
  return { clock, store, sockets, status, env, connection, last };
}

describe('Connection', () => {
  it('joins with the last seq and applies frames in order, ignoring old ones', () => {
    const { connection, last, store } = setup();
    connection.connect();
    expect(last().url).toBe('ws://h/_ui/ws?seq=3');
    last().handlers.open();
    expect(connection.connected).toBe(true);
    last().down(['f', 4, [['u', 1, { t: 'b' }]]]);
    last().down(['f', 4, [['u', 1, { t: 'stale' }]]]);
    expect(store.get(1)?.t).toBe('b');
    expect(store.seq).toBe(4);
  });

  it('acks in batches', () => {
    const { connection, last, clock } = setup();
    connection.connect();
    last().handlers.open();
    for (let seq = 4; seq <= 6; seq++) last().down(['f', seq, []]);
    expect(last().sent).toEqual([]);
    clock.advance(250);
    expect(last().sent).toEqual([['a', 6]]);
  });

  it('keeps what happens while disconnected: the latest value per element, then the events in order', () => {
    const { connection, last, clock, status, sockets } = setup();
    connection.connect();
    last().handlers.open();
    expect(connection.sendEvent(1, 'click', [])).toBe(true);
    last().handlers.close(1006, '');
    expect(status.reconnecting).toHaveBeenLastCalledWith(true, 'lost');
    connection.sendValue(2, 'h', 1);
    expect(connection.sendEvent(1, 'click', ['first'])).toBe(true);
    connection.sendValue(2, 'hi', 2);
    expect(connection.sendEvent(2, 'enter', [])).toBe(true);
    expect(sockets).toHaveLength(1);
    clock.advance(250);
    expect(sockets).toHaveLength(2);
    last().handlers.open();
    expect(status.reconnecting).toHaveBeenLastCalledWith(false);
    expect(last().sent).toEqual([
      ['v', 2, 'hi', 2],
      ['e', 1, 'click', ['first']],
      ['e', 2, 'enter', []],
    ]);
    expect(sockets[0]!.sent).toEqual([['e', 1, 'click', []]]);
  });

  it('does not send events fired more than 10 s before the rejoin, and holds at most 50', () => {
    const { connection, last, clock } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(1006, '');
    connection.sendEvent(1, 'click', ['old']);
    clock.advance(9_000);
    for (let i = 0; i < 49; i++) expect(connection.sendEvent(1, 'click', [i])).toBe(true);
    expect(connection.sendEvent(1, 'click', ['one too many'])).toBe(false);
    clock.advance(2_000);
    connection.retryNow();
    last().handlers.open();
    expect(last().sent).toHaveLength(49);
    expect(last().sent[0]).toEqual(['e', 1, 'click', [0]]);
    expect(last().sent).not.toContainEqual(['e', 1, 'click', ['old']]);
  });

  it('drops events once the page has stopped (reload or fatal close)', () => {
    const { connection, last } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(CloseCode.Forbidden, '');
    expect(connection.sendEvent(1, 'click', [])).toBe(false);
  });

  it('sends the first value at once and coalesces fast ones, flushing them before an event', () => {
    const { connection, last, clock } = setup();
    connection.connect();
    last().handlers.open();
    connection.sendValue(2, 'a', 1);
    connection.sendValue(2, 'ab', 2);
    connection.sendValue(2, 'abc', 3);
    expect(last().sent).toEqual([['v', 2, 'a', 1]]);
    clock.advance(50);
    expect(last().sent).toEqual([['v', 2, 'a', 1], ['v', 2, 'abc', 3]]);
    clock.advance(10);
    connection.sendValue(2, 'abcd', 4);
    connection.sendEvent(1, 'click', []);
    expect(last().sent.slice(2)).toEqual([['v', 2, 'abcd', 4], ['e', 1, 'click', []]]);
    clock.advance(100);
    expect(last().sent).toHaveLength(4);
    connection.sendValue(2, 'abcde', 5);
    expect(last().sent).toHaveLength(5);
  });

  it('keeps values resent on rejoin over the snapshot the server answers with', () => {
    const { connection, last, clock, store } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(1006, '');
    store.editValue(2, 'typed');
    connection.sendValue(2, 'typed', 1);
    clock.advance(250);
    last().handlers.open();
    last().down(['s', 10, { root: 0, elements: [{ id: 0, tag: 'div', ch: { default: [2] } }, { id: 2, tag: 'q-input', v: 'old' }] }]);
    expect(store.get(2)?.v).toBe('typed');
    last().down(['s', 11, { root: 0, elements: [{ id: 0, tag: 'div', ch: { default: [2] } }, { id: 2, tag: 'q-input', v: 'server' }] }]);
    expect(store.get(2)?.v).toBe('server');
  });

  it('reconnects with growing backoff until a socket opens', () => {
    const { connection, last, clock, sockets } = setup();
    connection.connect();
    last().handlers.close(1006, '');
    clock.advance(249);
    expect(sockets).toHaveLength(1);
    clock.advance(1);
    last().handlers.close(1006, '');
    clock.advance(499);
    expect(sockets).toHaveLength(2);
    clock.advance(1);
    expect(sockets).toHaveLength(3);
    last().handlers.open();
    last().handlers.close(1001, 'going away');
    clock.advance(250);
    expect(sockets).toHaveLength(4);
  });

  it('rejoins at once after a gap, from the last applied seq', () => {
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    const { connection, last, sockets } = setup();
    connection.connect();
    last().handlers.open();
    last().down(['f', 5, []]);
    expect(sockets[0]!.closedWith?.[0]).toBe(4002);
    expect(sockets).toHaveLength(2);
    expect(last().url).toBe('ws://h/_ui/ws?seq=3');
  });

  it('ignores messages and closes of a socket it replaced', () => {
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    const { connection, last, sockets, store } = setup();
    connection.connect();
    last().handlers.open();
    last().down(['f', 5, []]);
    sockets[0]!.down(['f', 4, [['u', 1, { t: 'ghost' }]]]);
    sockets[0]!.handlers.close(1006, '');
    expect(store.get(1)?.t).toBe('a');
    expect(sockets).toHaveLength(2);
  });

  it('reloads once for 4404, then shows a message', () => {
    const first = setup(true);
    first.connection.connect();
    first.last().handlers.close(4404, 'unknown client');
    expect(first.env.reload).toHaveBeenCalledOnce();
    const second = setup(false);
    second.connection.connect();
    second.last().handlers.close(4404, 'unknown client');
    expect(second.env.reload).not.toHaveBeenCalled();
    expect(second.status.fatal).toHaveBeenCalledWith('This page is out of date.');
    second.clock.advance(60_000);
    expect(second.sockets).toHaveLength(1);
  });

  it.each([4403, 4400, 4409])('does not reconnect after %i', (code) => {
    const { connection, last, clock, sockets, status } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(code, '');
    clock.advance(60_000);
    connection.retryNow();
    expect(sockets).toHaveLength(1);
    expect(status.fatal).toHaveBeenCalledOnce();
  });

  it('leaves with 4001 and stays closed; pauses and resumes for the back-forward cache', () => {
    const { connection, last, clock, sockets } = setup();
    connection.connect();
    last().handlers.open();
    connection.pause();
    expect(sockets[0]!.closedWith).toEqual([1000, 'paused']);
    connection.resume();
    expect(sockets).toHaveLength(2);
    last().handlers.open();
    connection.leave();
    expect(sockets[1]!.closedWith).toEqual([CloseCode.Leaving, 'leaving']);
    clock.advance(60_000);
    connection.connect();
    expect(sockets).toHaveLength(2);
  });

  it('passes calls and keeps going after a bad message', () => {
    const { connection, last, env, store } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    connection.connect();
    last().handlers.open();
    last().handlers.message('not json');
    last().handlers.message('{"a":1}');
    last().down(['f', 4, [['c', 'title', { title: 'x' }]]]);
    expect(error).toHaveBeenCalledTimes(2);
    expect(env.onCall).toHaveBeenCalledWith(['c', 'title', { title: 'x' }]);
    expect(store.seq).toBe(4);
    error.mockRestore();
  });
});

describe('after a "restarting" close', () => {
  it('tells the user the server is restarting, and retries within about a quarter second', () => {
    const { connection, last, clock, status, sockets } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(1012, 'server restarting');
    expect(status.reconnecting).toHaveBeenLastCalledWith(true, 'restarting');
    expect(status.fatal).not.toHaveBeenCalled();
    clock.advance(325);
    expect(sockets).toHaveLength(2);
  });

  it('keeps retrying about every half second while the server is down, not backing off to five', () => {
    const { connection, last, clock, sockets } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(CloseCode.Restarting, 'server restarting');
    for (let attempt = 0; attempt < 6; attempt++) {
      clock.advance(650);
      last().handlers.close(1006, '');
    }
    const count = sockets.length;
    clock.advance(650);
    expect(sockets.length).toBe(count + 1);
  });
});

describe('socketUrl', () => {
  it('builds ws and wss URLs with encoded parameters', () => {
    const boot = { ws: '/_ui/ws', client: 'c 1', token: 'a+b/c' };
    expect(socketUrl({ protocol: 'http:', host: 'localhost:8123' }, boot, 7, 'tab1')).toBe(
      'ws://localhost:8123/_ui/ws?client=c+1&token=a%2Bb%2Fc&seq=7&tab=tab1',
    );
    expect(socketUrl({ protocol: 'https:', host: 'example.com' }, boot, 0, 't')).toMatch(/^wss:\/\/example\.com\/_ui\/ws\?/);
  });
});

describe('re-mount', () => {
  /** The same page rebuilt by a server that forgot the tab: a flash label first, so every id moved. */
  const rebuilt = {
    client: 'new-client',
    token: 'new-token',
    seq: 1,
    title: 'Form',
    root: 0,
    elements: [
      { id: 0, tag: 'div', ch: { default: [5, 6, 7] } },
      { id: 5, tag: 'q-banner', t: 'welcome back' },
      { id: 6, tag: 'span', t: 'a' },
      { id: 7, tag: 'q-input', v: 'typed before' },
    ],
  };

  it('asks a server that does not know the tab to rebuild its page, handing over what was typed', () => {
    const { connection, last, store } = setup();
    connection.connect();
    last().handlers.open();
    store.editValue(2, 'typed before');
    last().down(['e', 'unknown-client', 'ask for a re-mount']);
    expect(last().sent.at(-1)).toEqual(['m', { path: '/form?x=1', values: [['div/q-input', 'typed before']], build: 'main-1.js' }]);
  });

  it('swaps in the rebuilt page, and sends what the user did meanwhile to its namesakes', () => {
    const { connection, last, store, env } = setup();
    connection.connect();
    last().handlers.open();
    // A click sent as the socket opened reached a server that ignored it: it is not lost.
    expect(connection.sendEvent(1, 'click', [])).toBe(true);
    last().down(['e', 'unknown-client', 'ask for a re-mount']);
    connection.sendValue(2, 'typed meanwhile', 1);
    store.editValue(2, 'typed meanwhile');
    expect(connection.sendEvent(2, 'keydown.enter', [])).toBe(true);
    const before = last().sent.length;
    last().down(['m', rebuilt]);
    expect(store.seq).toBe(1);
    expect(store.get(7)!.v).toBe('typed meanwhile');
    expect(env.remounted).toHaveBeenCalledWith(expect.objectContaining({ client: 'new-client', token: 'new-token' }), new Map([[0, 0], [1, 6], [2, 7]]));
    expect(last().sent.slice(before)).toEqual([
      ['v', 7, 'typed meanwhile', 1],
      ['e', 6, 'click', []],
      ['e', 7, 'keydown.enter', []],
    ]);
    expect(connection.connected).toBe(true);
  });

  it('goes where the server sends it instead (a guard that now wants a login)', () => {
    const { connection, last, env } = setup();
    connection.connect();
    last().handlers.open();
    last().down(['e', 'unknown-client', 'ask for a re-mount']);
    last().down(['m', { location: '/login' }]);
    expect(env.navigate).toHaveBeenCalledWith('/login');
    expect(last().closedWith).toEqual([CloseCode.Leaving, 'navigating']);
  });

  it('reloads, once, when the server runs another runtime build', () => {
    const { connection, last, env } = setup();
    connection.connect();
    last().handlers.open();
    last().handlers.close(CloseCode.StaleRuntime, 'the runtime changed; reload');
    expect(env.reload).toHaveBeenCalledTimes(1);
  });
});
