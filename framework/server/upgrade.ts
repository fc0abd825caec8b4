import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Answers an upgrade request that will not become a websocket, and frees its socket at once.
 * Node hands an upgrade's socket over half-open (the HTTP server allows half-open sockets), so
 * `end` alone would hold it for as long as the client keeps its side open; and without the
 * HTTP server's own error listener, so a client's reset would be thrown.
 */
export function refuseUpgrade(socket: Duplex, status: 400 | 403 | 404): void {
  socket.on('error', ignore);
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Whether an upgrade to a path that is not ours is ours to refuse. Node gives every upgrade
 * request to every 'upgrade' listener of the server: when the app has one of its own (its own
 * websocket on another path), the paths that are not ours are that listener's to answer. With
 * none, nobody else would ever answer, and the socket would stay open until the client gave up.
 */
export function othersListen(server: Server): boolean {
  return server.listenerCount('upgrade') > 1;
}

/** The URL of an upgrade request, or undefined when its target is none (`GET http://[`). */
export function upgradeUrl(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

function ignore(): void {}
