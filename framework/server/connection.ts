import { timingSafeEqual } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import type { Client, Transport } from '../core/client.js';
import { handleUpMessage } from '../core/events.js';
import { attachTab } from '../core/storage.js';
import { CloseCode, type DownMessage } from '../protocol/messages.js';
import { parseUpMessage } from '../protocol/validate.js';
import { TokenBucket } from './rate.js';
import type { ClientRegistry } from './registry.js';

export interface ConnectionLimits {
  /** Sustained up messages per second per socket, and the burst allowed on top. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Bytes waiting in the socket's send buffer beyond which the tab counts as too slow. */
  maxBufferedBytes: number;
}


export interface JoinRequest {
  client: string | null;
  token: string | null;
  seq: string | null;
  tab: string | null;
}

/**
 * One tab's socket: joins (or rejoins) its client, replays missed frames or resyncs, and feeds
 * validated up messages into the core. A misbehaving socket is closed with a reason; it never
 * throws into the server and never touches another client.
 */
export function acceptConnection(ws: WebSocket, join: JoinRequest, clients: ClientRegistry, limits: ConnectionLimits): void {
  const client = join.client ? clients.get(join.client) : undefined;
  if (!client) return ws.close(CloseCode.UnknownClient, 'unknown client');
  if (!join.token || !sameSecret(join.token, client.token)) return ws.close(CloseCode.Forbidden, 'bad token');

  client.transport?.close(CloseCode.Replaced, 'replaced by a newer connection');
  const connection = new Connection(ws, client, clients, limits);

  resume(client, Number(join.seq ?? client.seq), ws);
  client.attach(connection);
  clients.connected(client);
  if (join.tab) attachTab(client, join.tab);

  connections.set(ws, connection);
  ws.on('message', onMessage);
  ws.on('close', onClose);
  ws.on('error', onError);
}

/**
 * One joined socket: the client's transport, and what the socket's listeners need. The listeners
 * are shared functions that find it by socket, so a connection costs this one object and a
 * WeakMap entry instead of three closures and their scope.
 */
class Connection implements Transport {
  private readonly bucket: TokenBucket;

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
    if (ws.bufferedAmount > this.limits.maxBufferedBytes) return ws.close(CloseCode.TooSlow, 'too slow; rejoin to resync');
    ws.send(text);
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  received(data: RawData, isBinary: boolean): void {
    const ws = this.ws;
    if (isBinary) return ws.close(CloseCode.BadMessage, 'binary frames are not accepted');
    if (!this.bucket.take(Date.now())) return ws.close(CloseCode.RateLimited, 'too many messages');
    const parsed = parseUpMessage(data.toString());
    if (!parsed.ok) return ws.close(CloseCode.BadMessage, parsed.reason.slice(0, 120));
    handleUpMessage(this.client, parsed.message);
  }

  closed(code: number): void {
    const client = this.client;
    client.detach(this);
    if (client.deleted || client.transport) return;
    if (code === CloseCode.Leaving) client.delete();
    else this.clients.startRetention(client);
  }
}

const connections = new WeakMap<WebSocket, Connection>();

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connections.get(this)?.received(data, isBinary);
}

function onClose(this: WebSocket, code: number): void {
  connections.get(this)?.closed(code);
}

function onError(this: WebSocket): void {
  this.terminate();
}

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
