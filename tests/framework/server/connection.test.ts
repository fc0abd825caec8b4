import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PageRegistry, ui } from '../../../framework/index.js';
import { CloseCode, type DownMessage } from '../../../framework/protocol/messages.js';
import { clientFrame, closeFrame, closeOf, rawConnect, serverFrames, serverSidesClosed, upgradeRequest } from '../../support/raw-socket.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function counterServer(options = {}) {
  const pages = new PageRegistry();
  pages.add('/', () => {
    let count = 0;
    const label = ui.label('0').mark('count');
    ui.button('Increment', () => (label.text = String(++count)));
    ui.input({ label: 'Name' }).onChange((e) => (label.text = e.value.toUpperCase()));
  });
  const server = await startServer(pages, options);
  cleanups.push(() => server.stop());
  return server;
}

function open(base: string, boot: Parameters<typeof TestSocket.join>[1], seq?: number, extra?: string) {
  const socket = TestSocket.join(base, boot, seq, extra);
  cleanups.push(() => socket.close());
  return socket;
}

const frames = (messages: DownMessage[]) => messages.filter((m) => m[0] === 'f');
/** The websocket path with a tab's join query; a `seq` the ring cannot reach gets a snapshot. */
const joinPath = (boot: { ws: string; client: string; token: string }, seq: number) => `${boot.ws}?client=${boot.client}&token=${boot.token}&seq=${seq}`;
const TEXT = 0x1;
const idOf = (boot: { elements: { id: number; tag: string; p?: Record<string, unknown> }[] }, tag: string) =>
  boot.elements.find((e) => e.tag === tag)!.id;

describe('websocket connection', () => {
  it('runs a click on the server and sends back only the changed text', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    socket.send(['e', idOf(boot!, 'q-btn'), 'click', []]);
    await socket.until((m) => frames(m).length === 1);
    const label = boot!.elements.find((e) => e.t === '0')!.id;
    expect(socket.messages[0]).toEqual(['f', boot!.seq + 1, [['u', label, { t: '1' }]]]);
  });

  it('never echoes a typed value back to the tab that typed it', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    const input = idOf(boot!, 'q-input');
    socket.send(['v', input, 'ada', 1]);
    await socket.until((m) => frames(m).length === 1);
    const ops = (socket.messages[0] as Extract<DownMessage, ['f', ...unknown[]]>)[2];
    expect(ops.some((op) => op[0] === 'u' && op[1] === input)).toBe(false);
    expect(JSON.stringify(ops)).toContain('ADA');
  });

  it('replays the frames a rejoining tab missed', async () => {
    const { url, kite } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const first = open(url, boot!);
    await first.opened();
    first.close();
    await first.closedWith();
    // The label changes while the tab is away (e.g. from a timer): the frame waits in the ring.
    const label = kite.clients.get(boot!.client)!.elements.get(boot!.elements.find((e) => e.t === '0')!.id)!;
    label.text = '5';
    await new Promise((r) => setImmediate(r));
    const second = open(url, boot!, boot!.seq);
    await second.until((m) => m.length === 1);
    expect(second.messages[0]![0]).toBe('f');
    expect(JSON.stringify(second.messages[0])).toContain('"t":"5"');
  });

  it('sends a full snapshot instead of reloading when the ring no longer reaches back', async () => {
    const { url, kite } = await counterServer({ ring: { frames: 2 } });
    const { boot } = await loadPage(url, '/');
    const client = kite.clients.get(boot!.client)!;
    const label = client.elements.get(boot!.elements.find((e) => e.t === '0')!.id)!;
    for (let i = 1; i <= 5; i++) {
      label.text = String(i * 10);
      await new Promise((r) => setImmediate(r));
    }
    const socket = open(url, boot!, boot!.seq);
    await socket.until((m) => m.length === 1);
    const [kind, seq, snapshot] = socket.messages[0] as Extract<DownMessage, ['s', ...unknown[]]>;
    expect(kind).toBe('s');
    expect(seq).toBe(client.seq);
    expect(snapshot.elements.some((e) => e.t === '50')).toBe(true);
  });

  it('tells a tab the server no longer knows its client (after a restart), and closes it unless it asks for a re-mount', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, { ...boot!, client: 'gone' });
    await socket.until((messages) => messages.length > 0);
    expect(socket.messages).toEqual([['e', 'unknown-client', expect.any(String)]]);
    socket.send('not a message');
    expect((await socket.closedWith()).code).toBe(CloseCode.UnknownClient);
  });

  it('refuses a wrong token', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, { ...boot!, token: 'x'.repeat(24) });
    expect((await socket.closedWith()).code).toBe(CloseCode.Forbidden);
  });

  it('refuses an upgrade from a foreign origin', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = new TestSocket(`${url.replace('http', 'ws')}/_ui/ws?client=${boot!.client}&token=${boot!.token}`, { origin: 'https://evil.example' });
    cleanups.push(() => socket.close());
    const closed = await socket.closedWith();
    expect(closed.code).not.toBe(1000);
    expect(socket.messages).toHaveLength(0);
  });

  it('closes on a malformed frame with a reason, and other clients carry on', async () => {
    const { url } = await counterServer();
    const a = await loadPage(url, '/');
    const b = await loadPage(url, '/');
    const bad = open(url, a.boot!);
    const good = open(url, b.boot!);
    await Promise.all([bad.opened(), good.opened()]);
    bad.send('{"not":"a message"');
    expect(await bad.closedWith()).toEqual({ code: CloseCode.BadMessage, reason: 'not JSON' });
    good.send(['e', idOf(b.boot!, 'q-btn'), 'click', []]);
    await good.until((m) => frames(m).length === 1);
  });

  it('drops forged events for elements that do not exist, without closing', async () => {
    const { url, kite } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    socket.send(['e', 9999, 'click', []]);
    socket.send(['e', idOf(boot!, 'q-btn'), 'click', []]);
    await socket.until((m) => frames(m).length === 1);
    expect(kite.clients.get(boot!.client)!.dropped).toBe(1);
    expect(socket.closed).toBeUndefined();
  });

  it('drops and counts events named after members of every object, logging nothing, and keeps serving clicks', async () => {
    const { url, kite, logger } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    const button = idOf(boot!, 'q-btn');
    for (const name of ['__lookupGetter__', 'propertyIsEnumerable', 'constructor', 'toString']) socket.send(['e', button, name, []]);
    socket.send(['e', button, 'click', []]);
    await socket.until((m) => frames(m).length === 1);
    expect(JSON.stringify(socket.messages[0])).toContain('"t":"1"');
    expect(kite.clients.get(boot!.client)!.dropped).toBe(4);
    expect(logger.lines).toEqual([]);
    expect(socket.closed).toBeUndefined();
  });

  it('slows down a tab that sends faster than the rate limit, and loses none of its events', async () => {
    const { url } = await counterServer({ limits: { messagesPerSecond: 100, messageBurst: 5 } });
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    const button = idOf(boot!, 'q-btn');
    const label = boot!.elements.find((e) => e.t === '0')!.id;
    for (let i = 0; i < 40; i++) socket.send(['e', button, 'click', []]);
    const counts = () =>
      frames(socket.messages).flatMap((f) => (f[2] as [string, number, { t?: string }][]).filter((op) => op[1] === label).map((op) => Number(op[2].t)));
    await socket.until(() => counts().includes(40), 5000);
    // The burst is handled at once, the rest one by one as the rate allows, in order.
    expect(counts()[0]).toBeLessThanOrEqual(6);
    expect(counts()).toEqual([...counts()].sort((a, b) => a - b));
    expect(counts().length).toBeGreaterThan(30);
    expect(socket.closed).toBeUndefined();
  });

  it('closes a socket that floods: more messages waiting than 20 s at the rate', async () => {
    const { url } = await counterServer({ limits: { messagesPerSecond: 5, messageBurst: 10 } });
    const { boot } = await loadPage(url, '/');
    const raw = await rawConnect(url);
    // One write, so the server reads the whole flood before it pauses the socket (sent one by one,
    // a loaded machine may deliver them in pieces, and a paused socket leaves the rest to TCP).
    const flood = Array.from({ length: 200 }, () => clientFrame(TEXT, Buffer.from('["a",0]')));
    raw.socket.write(Buffer.concat([Buffer.from(upgradeRequest(joinPath(boot!, boot!.seq))), ...flood]));
    expect((await closeFrame(raw)).code).toBe(CloseCode.RateLimited);
  });

  it('closes a socket whose waiting messages pass the byte bound', async () => {
    const { url } = await counterServer({ limits: { messagesPerSecond: 5, messageBurst: 1, maxBacklogBytes: 1000 } });
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    for (let i = 0; i < 5; i++) socket.send(['v', idOf(boot!, 'q-input'), 'x'.repeat(400), i + 1]);
    expect((await socket.closedWith()).code).toBe(CloseCode.RateLimited);
  });

  it('closes on a message larger than the limit with 1009', async () => {
    const { url } = await counterServer({ maxMessageBytes: 1024 });
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    socket.send(['v', idOf(boot!, 'q-input'), 'x'.repeat(5000), 1]);
    expect((await socket.closedWith()).code).toBe(1009);
  });

  it.each([
    ['larger than the limit', 1009, clientFrame(TEXT, Buffer.alloc(0), 100_000)],
    ['of text that is not UTF-8', 1007, clientFrame(TEXT, Buffer.from([0xff, 0xfe]))],
    ['with an unknown opcode', 1002, clientFrame(0x3)],
  ])('closes on a frame %s with close code %i, after the frames already on their way', async (_, code, frame) => {
    const { url, kite } = await counterServer({ maxMessageBytes: 1024 });
    const { boot } = await loadPage(url, '/');
    // A snapshot larger than the kernel's socket buffers take at once (4 MB on Linux): most of it
    // still waits in the process when the bad frame, sent right behind the upgrade, is read.
    kite.clients.get(boot!.client)!.elements.get(boot!.elements.find((e) => e.t === '0')!.id)!.text = 'x'.repeat(16 * 1024 * 1024);
    const raw = await rawConnect(url);
    raw.socket.write(Buffer.concat([Buffer.from(upgradeRequest(joinPath(boot!, -1))), frame]));
    const received = serverFrames(await raw.ended());
    expect(received.map((f) => f.opcode)).toEqual([TEXT, 0x8]);
    expect(received[0]!.payload.subarray(0, 4).toString()).toBe('["s"');
    expect(closeOf(received[1])?.code).toBe(code);
  });

  it('lets a socket that never finishes the closing handshake hold on only until the heartbeat', async () => {
    const { url, server } = await counterServer({ maxMessageBytes: 1024, heartbeat: 50 });
    const { boot } = await loadPage(url, '/');
    const allClosed = serverSidesClosed(server);
    const raw = await rawConnect(url, { keepOpen: true });
    cleanups.push(() => void raw.socket.destroy());
    raw.socket.write(Buffer.concat([Buffer.from(upgradeRequest(joinPath(boot!, boot!.seq))), clientFrame(TEXT, Buffer.alloc(0), 100_000)]));
    const [received] = await Promise.all([raw.ended(), allClosed()]);
    expect(closeOf(serverFrames(received).at(-1))?.code).toBe(1009);
  });

  it('survives a bad frame from a socket it refused at the join', async () => {
    const { url } = await counterServer({ maxMessageBytes: 1024 });
    const { boot } = await loadPage(url, '/');
    const raw = await rawConnect(url);
    raw.socket.write(Buffer.concat([Buffer.from(upgradeRequest(joinPath({ ...boot!, client: 'gone' }, 0))), clientFrame(TEXT, Buffer.alloc(0), 100_000)]));
    const frames = serverFrames(await raw.ended());
    expect(closeOf(frames.at(-1))?.code).toBe(1009);
    expect((await loadPage(url, '/')).response.status).toBe(200);
  });

  it('deletes a client when the retention window passes without a rejoin', async () => {
    const { url, kite } = await counterServer({ retention: 50 });
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    expect(kite.clients.size).toBe(1);
    socket.close();
    await socket.closedWith();
    await new Promise((r) => setTimeout(r, 120));
    expect(kite.clients.size).toBe(0);
  });

  it('keeps a page whose tab never connects only for the join window, a connected one for the retention', async () => {
    const { url, kite } = await counterServer({ retention: 400, joinWindow: 40 });
    const crawled = await loadPage(url, '/');
    const visited = await loadPage(url, '/');
    const socket = open(url, visited.boot!);
    await socket.opened();
    socket.close();
    await socket.closedWith();
    await new Promise((r) => setTimeout(r, 120));
    expect(kite.clients.get(crawled.boot!.client)).toBeUndefined();
    expect(kite.clients.get(visited.boot!.client)).toBeDefined();
    // A tab that connects after its window learns the server no longer knows it (it re-mounts).
    const late = open(url, crawled.boot!);
    await late.until((messages) => messages.length > 0);
    expect(late.messages[0]).toEqual(['e', 'unknown-client', expect.any(String)]);
  });

  it('frees the client at once when the tab says it is leaving', async () => {
    const { url, kite } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const socket = open(url, boot!);
    await socket.opened();
    socket.close(4001);
    await socket.closedWith();
    await new Promise((r) => setTimeout(r, 30));
    expect(kite.clients.size).toBe(0);
  });

  it('terminates a socket that stops answering pings, and keeps one that answers', async () => {
    const { url } = await counterServer({ heartbeat: 30 });
    const answering = open(url, (await loadPage(url, '/')).boot!);
    await answering.opened();
    const { boot } = await loadPage(url, '/');
    const silent = new WebSocket(`${url.replace('http', 'ws')}${boot!.ws}?client=${boot!.client}&token=${boot!.token}&seq=${boot!.seq}`, {
      headers: { origin: url },
      autoPong: false,
    });
    cleanups.push(() => silent.terminate());
    const silentClosed = new Promise<number>((resolve) => silent.once('close', resolve));
    expect(await silentClosed).toBe(1006);
    // A socket is terminated at the second ping it leaves unanswered: one that answers sees a third.
    const thirdPing = new Promise<boolean>((resolve) => {
      let pings = 0;
      answering.ws.on('ping', () => ++pings === 3 && resolve(true));
      answering.ws.once('close', () => resolve(false));
    });
    expect(await thirdPing).toBe(true);
  });

  it('replaces an older socket of the same client', async () => {
    const { url } = await counterServer();
    const { boot } = await loadPage(url, '/');
    const first = open(url, boot!);
    await first.opened();
    const second = open(url, boot!);
    await second.opened();
    expect((await first.closedWith()).code).toBe(CloseCode.Replaced);
  });
});
