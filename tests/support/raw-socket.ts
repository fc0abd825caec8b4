import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';

/**
 * Raw TCP for what no HTTP or websocket library would send: unfinished heads, upgrades to odd
 * paths, frames the protocol forbids.
 */
export interface RawSocket {
  readonly socket: Socket;
  /** Everything received so far. */
  received(): Buffer;
  /** Resolves with everything received once the socket has closed (or the server ended its side). */
  ended(): Promise<Buffer>;
}

/**
 * Connects to a test server. With `keepOpen` the client never closes its side by itself (it keeps
 * the half-open socket a careless server would leave it), so only the server can end the connection.
 */
export function rawConnect(base: string, { keepOpen = false } = {}): Promise<RawSocket> {
  const { hostname, port } = new URL(base);
  const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: keepOpen });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => {});
  const ended = new Promise<Buffer>((resolve) => {
    const done = () => resolve(Buffer.concat(chunks));
    socket.once(keepOpen ? 'end' : 'close', done);
    socket.once('close', done);
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, received: () => Buffer.concat(chunks), ended: () => ended }));
    socket.once('error', reject);
  });
}

/** A websocket upgrade request head; a header given as null is left out. */
export function upgradeRequest(path: string, headers: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = {
    Host: 'localhost',
    Upgrade: 'websocket',
    Connection: 'Upgrade',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version': '13',
    ...headers,
  };
  const lines = Object.entries(all).flatMap(([name, value]) => (value === null ? [] : [`${name}: ${value}`]));
  return `GET ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** The status line of an HTTP response. */
export function statusLine(bytes: Buffer): string {
  return bytes.toString('latin1').split('\r\n')[0]!;
}

/**
 * A frame as a client sends it (masked). `announced` claims a longer payload than `payload`,
 * for a frame whose header alone is the offence.
 */
export function clientFrame(opcode: number, payload: Buffer = Buffer.alloc(0), announced = payload.length): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  let header: Buffer;
  if (announced < 126) header = Buffer.from([0x80 | opcode, 0x80 | announced]);
  else if (announced < 65536) header = Buffer.from([0x80 | opcode, 0x80 | 126, announced >> 8, announced & 0xff]);
  else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(announced), 2);
  }
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([header, mask, masked]);
}

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

/** The frames a server sent after its 101 response (server frames are not masked). */
export function serverFrames(bytes: Buffer): ServerFrame[] {
  const frames: ServerFrame[] = [];
  let at = bytes.indexOf('\r\n\r\n') + 4;
  while (at + 2 <= bytes.length) {
    const opcode = bytes[at]! & 0x0f;
    let length = bytes[at + 1]! & 0x7f;
    at += 2;
    if (length === 126) {
      length = bytes.readUInt16BE(at);
      at += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(at));
      at += 8;
    }
    if (at + length > bytes.length) break;
    frames.push({ opcode, payload: bytes.subarray(at, at + length) });
    at += length;
  }
  return frames;
}

/** Resolves with the server's close frame once it has arrived, whether or not the socket has closed since. */
export function closeFrame(raw: RawSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const check = (): void => {
      const close = closeOf(serverFrames(raw.received()).find((frame) => frame.opcode === 0x8));
      if (!close) return;
      raw.socket.off('data', check);
      resolve(close);
    };
    raw.socket.on('data', check);
    check();
  });
}

/** The code and reason of a close frame. */
export function closeOf(frame: ServerFrame | undefined): { code: number; reason: string } | undefined {
  if (frame?.opcode !== 0x8) return undefined;
  return { code: frame.payload.readUInt16BE(0), reason: frame.payload.subarray(2).toString('utf8') };
}

/** Resolves, once called, when the server has closed every socket it accepted since: whatever the clients do. */
export function serverSidesClosed(server: Server): () => Promise<void> {
  const closed: Promise<unknown>[] = [];
  const track = (socket: Socket) => closed.push(once(socket, 'close'));
  server.on('connection', track);
  return async () => {
    server.off('connection', track);
    await Promise.all(closed);
  };
}
