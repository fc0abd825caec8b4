import { afterEach, describe, expect, it } from 'vitest';
import { PageRegistry, ui } from '../../../framework/index.js';
import { rawConnect, serverSidesClosed, statusLine, upgradeRequest } from '../../support/raw-socket.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function serve() {
  const pages = new PageRegistry();
  pages.add('/', () => ui.label('home'));
  const server = await startServer(pages);
  cleanups.push(() => server.stop());
  return server;
}

describe('upgrade requests', () => {
  it('answers 200 upgrades to a path that is not the websocket with 404, and closes each', async () => {
    const { url } = await serve();
    const answers = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const raw = await rawConnect(url);
        raw.socket.write(upgradeRequest('/_ui/wsx'));
        return statusLine(await raw.ended());
      }),
    );
    expect(new Set(answers)).toEqual(new Set(['HTTP/1.1 404 Not Found']));
  }, 30_000);

  it('closes its side of a refused upgrade even when the client keeps the connection open', async () => {
    const { url, server } = await serve();
    const allClosed = serverSidesClosed(server);
    const unknown = await rawConnect(url, { keepOpen: true });
    unknown.socket.write(upgradeRequest('/elsewhere'));
    const foreign = await rawConnect(url, { keepOpen: true });
    foreign.socket.write(upgradeRequest('/_ui/ws', { Origin: 'https://evil.example' }));
    cleanups.push(() => void [unknown, foreign].forEach((raw) => raw.socket.destroy()));
    const [unknownAnswer, foreignAnswer] = await Promise.all([unknown.ended(), foreign.ended(), allClosed()]);
    expect(statusLine(unknownAnswer!)).toBe('HTTP/1.1 404 Not Found');
    expect(statusLine(foreignAnswer!)).toBe('HTTP/1.1 403 Forbidden');
  });

  it.each([
    ['without Sec-WebSocket-Key', { 'Sec-WebSocket-Key': null }],
    ['with a malformed Sec-WebSocket-Key', { 'Sec-WebSocket-Key': 'short' }],
    ['with an unknown websocket version', { 'Sec-WebSocket-Version': '99' }],
    ['that is no websocket upgrade', { Upgrade: 'h2c' }],
  ])('refuses an upgrade to the websocket path %s with 400', async (_, headers) => {
    const { url } = await serve();
    const raw = await rawConnect(url);
    raw.socket.write(upgradeRequest('/_ui/ws', headers));
    expect(statusLine(await raw.ended())).toBe('HTTP/1.1 400 Bad Request');
  });

  it('refuses an upgrade whose target is no URL with 400, and keeps serving', async () => {
    const { url } = await serve();
    const raw = await rawConnect(url);
    raw.socket.write(upgradeRequest('http://['));
    expect(statusLine(await raw.ended())).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`${url}/`)).status).toBe(200);
  });

  it("leaves other paths to the app's own upgrade listener, and still serves its own", async () => {
    const { url, server } = await serve();
    server.on('upgrade', (req, socket) => {
      if (req.url === '/app-ws') socket.end('HTTP/1.1 418 I\'m a Teapot\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    const raw = await rawConnect(url);
    raw.socket.write(upgradeRequest('/app-ws'));
    expect(statusLine(await raw.ended())).toBe("HTTP/1.1 418 I'm a Teapot");
    const { boot } = await loadPage(url, '/');
    const socket = TestSocket.join(url, boot!);
    cleanups.push(() => socket.close());
    await socket.opened();
  });
});
