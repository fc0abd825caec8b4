import type { Server } from 'node:http';

/** What a request head may take by default: a browser sends one within a round trip or two. */
export const DEFAULT_HEADERS_TIMEOUT = 15_000;

/**
 * Bounds how long a connection may hold a socket without completing a request head: one that
 * trickles a head (slowloris), or never finishes one, an upgrade's included (it becomes an
 * upgrade only once its head is complete). Node's own bound is 60 s, checked every 30 s
 * (`connectionsCheckingInterval`), so a head could hold a socket for 90 s; this sets the bound
 * (the stricter of `headersTimeout` and the server's own unless given) and checks every quarter
 * of it. The interval is read when the server starts listening: on a server that already
 * listens, the check stays at its interval.
 *
 * Left as they are: `requestTimeout` (the whole request with its body, Node's 300 s), which an
 * upload of the default 25 MB meets at 85 KB/s (uploads have their own idle timeout as well;
 * an app that takes larger ones raises it), and `keepAliveTimeout` (5 s), which already bounds
 * an idle keep-alive connection.
 */
export function boundRequestHeads(server: Server, headersTimeout: number | undefined): void {
  const bound = headersTimeout ?? Math.min(server.headersTimeout || Infinity, DEFAULT_HEADERS_TIMEOUT);
  server.headersTimeout = bound;
  if (bound <= 0 || server.listening) return;
  // A property Node reads at `listen` (it is typed only as a createServer option).
  const checked = server as Server & { connectionsCheckingInterval: number };
  checked.connectionsCheckingInterval = Math.min(checked.connectionsCheckingInterval, Math.ceil(bound / 4));
}
