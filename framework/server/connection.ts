import { timingSafeEqual } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import type { Client, Transport } from '../core/client.js';
import { handleUpMessage } from '../core/events.js';
import { attachTab } from '../core/storage.js';
import { CloseCode, UNKNOWN_CLIENT, type DownMessage, type RemountRequest } from '../protocol/messages.js';
import { parseUpMessage } from '../protocol/validate.js';
import { TokenBucket } from './rate.js';
import type { ClientRegistry } from './registry.js';
import type { RemountOutcome } from './remount.js';

export interface ConnectionLimits {
  /**
   * Sustained up messages per second per socket, and the burst allowed on top. Messages beyond
   * them wait, with the socket paused, and are handled as the rate allows: a fast tab is slowed
   * down, and loses nothing.
   */
  messagesPerSecond: number;
  messageBurst: number;
  /**
   * Bytes of messages allowed to wait for the rate; a socket that sends more, or more than
   * `MAX_BACKLOG_SECONDS` of messages at the rate, is closed.
   */
  maxBacklogBytes: number;
  /** Bytes waiting in the socket's send buffer beyond which the tab counts as too slow. */
  maxBufferedBytes: number;
}

export interface JoinRequest {
  client: string | null;
  token: string | null;
  seq: string | null;
  tab: string | null;
  /** From the upgrade request's signed cookie: the session a re-mount is built under. */
  browserId?: string | undefined;
  address?: string | undefined;
}

/** Builds the page again for a tab this server does not know (see remount.ts). */
export type Remounter = (request: RemountRequest, join: JoinRequest) => Promise<RemountOutcome>;

/** How long a socket of an unknown client may take to ask for its re-mount. */
const REMOUNT_ASK_MS = 10_000;
/** Messages of its old page a tab may send before it hears that it must re-mount (what waited: values, clicks). */
const MAX_IGNORED = 200;

/**
 * One tab's socket: joins (or rejoins) its client, replays missed frames or resyncs, and feeds
 * validated up messages into the core. A misbehaving socket is closed with a reason; it never
 * throws into the server and never touches another client.
 */
export function acceptConnection(ws: WebSocket, join: JoinRequest, clients: ClientRegistry, limits: ConnectionLimits, remount?: Remounter): void {
  // First: a socket refused below can still read a bad frame, and an unheard 'error' is thrown.
  ws.on('error', onError);
  const client = join.client ? clients.get(join.client) : undefined;
  if (!client) return remount ? awaitRemount(ws, join, clients, limits, remount) : ws.close(CloseCode.UnknownClient, 'unknown client');
  if (!join.token || !sameSecret(join.token, client.token)) return ws.close(CloseCode.Forbidden, 'bad token');

  client.transport?.close(CloseCode.Replaced, 'replaced by a newer connection');
  resume(client, Number(join.seq ?? client.seq), ws);
  joined(ws, client, clients, limits, join.tab);
}

/** The socket becomes the client's transport. */
function joined(ws: WebSocket, client: Client, clients: ClientRegistry, limits: ConnectionLimits, tab: string | null): void {
  const connection = new Connection(ws, client, clients, limits);
  client.attach(connection);
  clients.connected(client);
  if (tab) attachTab(client, tab);
  connections.set(ws, connection);
  ws.on('message', onMessage);
  ws.on('close', onClose);
}

/**
 * A socket whose client this server does not know: the tab is told so, and asks for a re-mount.
 * What it sent before it heard (values, clicks of its old page) is ignored: it hands those over
 * again with the rebuilt page. Nothing else is done for such a socket; without a request within
 * REMOUNT_ASK_MS, or with more than MAX_IGNORED messages first, it is closed as before (the tab
 * then reloads).
 */
function awaitRemount(ws: WebSocket, join: JoinRequest, clients: ClientRegistry, limits: ConnectionLimits, remount: Remounter): void {
  const timer = setTimeout(() => ws.close(CloseCode.UnknownClient, 'unknown client'), REMOUNT_ASK_MS);
  let ignored = 0;
  const onMessage = (data: RawData, isBinary: boolean): void => {
    const parsed = isBinary ? undefined : parseUpMessage(data.toString());
    if (parsed?.ok && parsed.message[0] !== 'm' && ++ignored <= MAX_IGNORED) return;
    ws.off('message', onMessage);
    clearTimeout(timer);
    if (!parsed?.ok || parsed.message[0] !== 'm') return ws.close(CloseCode.UnknownClient, 'unknown client');
    remount(parsed.message[1], join).then(
      (outcome) => answerRemount(ws, outcome, clients, limits, join.tab),
      () => ws.close(CloseCode.UnknownClient, 'cannot re-mount'),
    );
  };
  ws.on('message', onMessage);
  ws.once('close', () => clearTimeout(timer));
  ws.send(JSON.stringify(['e', UNKNOWN_CLIENT, 'this server does not know the tab: ask for a re-mount'] satisfies DownMessage));
}

function answerRemount(ws: WebSocket, outcome: RemountOutcome, clients: ClientRegistry, limits: ConnectionLimits, tab: string | null): void {
  if (outcome.kind === 'refused') return ws.close(outcome.code, outcome.reason);
  if (outcome.kind === 'elsewhere') {
    ws.send(JSON.stringify(['m', outcome.answer] satisfies DownMessage));
    return ws.close(CloseCode.Leaving, 'navigating');
  }
  const { client, title } = outcome;
  // The tab went away while its page was built.
  if (ws.readyState !== ws.OPEN) return client.delete();
  clients.add(client);
  const snapshot = client.takeSnapshot();
  ws.send(JSON.stringify(['m', { ...snapshot, client: client.id, token: client.token, seq: client.seq, title }] satisfies DownMessage));
  joined(ws, client, clients, limits, tab);
}

/**
 * One joined socket: the client's transport, and what the socket's listeners need. The listeners
 * are shared functions that find it by socket, so a connection costs this one object and a
 * WeakMap entry instead of three closures and their scope.
 */
class Connection implements Transport {
  private readonly bucket: TokenBucket;
  /** Messages over the rate, waiting with the socket paused; none while the tab keeps to the rate. */
  private backlog: Backlog | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly client: Client,
    private readonly clients: ClientRegistry,
    private readonly limits: ConnectionLimits,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, Date.now());
  }

  send(text: string): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.limits.maxBufferedBytes) return this.close(CloseCode.TooSlow, 'too slow; rejoin to resync');
    ws.send(text);
  }

  close(code: number, reason: string): void {
    // A paused socket would not read the tab's answer to the close, and so never finish closing.
    if (this.ws.isPaused) this.ws.resume();
    this.ws.close(code, reason);
  }

  received(data: RawData, isBinary: boolean): void {
    // What a closing socket still reads (the rest of a paused backlog) is not acted on.
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (isBinary) return this.close(CloseCode.BadMessage, 'binary frames are not accepted');
    const text = data.toString();
    // Order is kept: once messages wait, later ones queue behind them.
    if (this.backlog || !this.bucket.take(Date.now())) return this.defer(text);
    this.handle(text);
  }

  private handle(text: string): void {
    const parsed = parseUpMessage(text);
    if (!parsed.ok) return this.close(CloseCode.BadMessage, parsed.reason.slice(0, 120));
    handleUpMessage(this.client, parsed.message);
  }

  /** Queues a message over the rate and pauses the socket (the tab's own buffers fill, not ours). */
  private defer(text: string): void {
    const backlog = (this.backlog ??= { messages: [], bytes: 0, timer: undefined });
    backlog.bytes += text.length;
    const tooMany = backlog.messages.length >= this.limits.messagesPerSecond * MAX_BACKLOG_SECONDS;
    if (tooMany || backlog.bytes > this.limits.maxBacklogBytes) return this.close(CloseCode.RateLimited, 'too many messages');
    backlog.messages.push(text);
    // Messages already read from the socket still arrive after the pause; they queue too.
    this.ws.pause();
    backlog.timer ??= setTimeout(drainBacklog, this.tokenInterval, this);
  }

  /** Handles what the rate allows now; resumes the socket once nothing waits. */
  drain(): void {
    const backlog = this.backlog!;
    backlog.timer = undefined;
    while (backlog.messages.length && this.ws.readyState === this.ws.OPEN && this.bucket.take(Date.now())) {
      const text = backlog.messages.shift()!;
      backlog.bytes -= text.length;
      this.handle(text);
    }
    if (this.ws.readyState !== this.ws.OPEN) return void (this.backlog = undefined);
    if (backlog.messages.length) backlog.timer = setTimeout(drainBacklog, this.tokenInterval, this);
    else {
      this.backlog = undefined;
      this.ws.resume();
    }
  }

  private get tokenInterval(): number {
    return Math.ceil(1000 / this.limits.messagesPerSecond);
  }

  closed(code: number): void {
    if (this.backlog?.timer) clearTimeout(this.backlog.timer);
    this.backlog = undefined;
    const client = this.client;
    client.detach(this);
    if (client.deleted || client.transport) return;
    if (code === CloseCode.Leaving) client.delete();
    else this.clients.startRetention(client);
  }
}

/**
 * At most this many seconds of messages wait for the rate: a paused socket reads no pongs, and
 * this stays below the heartbeat interval (25 s by default), so a throttled tab is not taken for dead.
 */
const MAX_BACKLOG_SECONDS = 20;

interface Backlog {
  messages: string[];
  /** Their size in UTF-16 code units: what they hold in memory, within a factor of two. */
  bytes: number;
  timer: NodeJS.Timeout | undefined;
}

const connections = new WeakMap<WebSocket, Connection>();

function drainBacklog(connection: Connection): void {
  connection.drain();
}

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connections.get(this)?.received(data, isBinary);
}

function onClose(this: WebSocket, code: number): void {
  connections.get(this)?.closed(code);
}

/**
 * A frame the protocol forbids (longer than maxPayload, text that is not UTF-8, an unknown
 * opcode): ws has already begun the closing handshake with the matching code (1009, 1007, 1002)
 * and stopped reading. Terminating here would cut its close frame, and the tab would see 1006.
 * The socket is still bounded: ws destroys it once the tab has left the handshake unfinished
 * for 30 s (its close timeout), and the heartbeat at its second unanswered ping, if sooner.
 */
function onError(): void {}

/** Sends what the tab missed since `seq`: the frames from the ring, or a snapshot when it no longer reaches. */
function resume(client: Client, seq: number, ws: WebSocket): void {
  client.flush();
  const frames = Number.isSafeInteger(seq) ? client.ring.since(seq, client.seq) : undefined;
  if (frames) {
    for (const frame of frames) ws.send(frame);
    return;
  }
  const message: DownMessage = ['s', client.seq, client.snapshot()];
  client.ring.clear();
  ws.send(JSON.stringify(message));
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
