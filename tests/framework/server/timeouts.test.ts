import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PageRegistry, ui } from '../../../framework/index.js';
import { boundRequestHeads, DEFAULT_HEADERS_TIMEOUT } from '../../../framework/server/timeouts.js';
import { rawConnect, statusLine } from '../../support/raw-socket.js';
import { startServer } from '../../support/ui-server.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const checkInterval = (server: Server) => (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval;

describe('bounds on request heads', () => {
  it.each([
    ['that trickles a request head', 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1'],
    ['that never finishes an upgrade head', 'GET /_ui/ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n'],
    ['that sends nothing at all', ''],
  ])('closes a connection %s once the bound has passed', async (_, partial) => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.label('home'));
    const server = await startServer(pages, { headersTimeout: 200 });
    cleanups.push(() => server.stop());
    const raw = await rawConnect(server.url);
    cleanups.push(() => void raw.socket.destroy());
    if (partial) raw.socket.write(partial);
    expect(statusLine(await raw.ended())).toBe('HTTP/1.1 408 Request Timeout');
  });

  it('bounds heads at 15 s by default, checked every quarter of that, and keeps a stricter bound of the server', () => {
    const plain = createServer();
    boundRequestHeads(plain, undefined);
    expect(plain.headersTimeout).toBe(DEFAULT_HEADERS_TIMEOUT);
    expect(checkInterval(plain)).toBe(DEFAULT_HEADERS_TIMEOUT / 4);
    const strict = createServer({ headersTimeout: 5_000 });
    boundRequestHeads(strict, undefined);
    expect(strict.headersTimeout).toBe(5_000);
    const given = createServer({ headersTimeout: 5_000 });
    boundRequestHeads(given, 20_000);
    expect(given.headersTimeout).toBe(20_000);
    // Uploads need the whole request's bound as Node has it.
    expect(given.requestTimeout).toBe(300_000);
  });
});
