import type { Server } from 'node:http';
import type { KiteServer } from './mount.js';

/** How long tabs get to finish the "restarting" close handshake, within the whole grace period. */
const SOCKET_GRACE_MS = 1_000;

/**
 * Stops an HTTP server that carries Kite pages: no new connections, every tab told the server is
 * restarting (after its pending frames), requests in flight given the rest of `graceMs`, then
 * whatever is left cut. Resolves once every connection is gone. `server.close()` alone would wait
 * for the upgraded sockets, which a connected tab keeps open for as long as it lives.
 */
export async function stopServer(server: Server, ui: KiteServer | undefined, graceMs = 5_000): Promise<void> {
  const deadline = Date.now() + graceMs;
  // Resolves even when the server was not listening: there is nothing to wait for then.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await ui?.close({ graceMs: Math.min(SOCKET_GRACE_MS, graceMs) });
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()));
  await closed;
  clearTimeout(force);
}
