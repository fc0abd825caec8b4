import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PageRegistry, ui, type Label } from '../../../framework/index.js';
import { loadPage, startServer, TestSocket } from '../../support/ui-server.js';

let label: Label | undefined;

function labelPage(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/', () => void (label = ui.label('before')));
  return pages;
}

describe('stopping the server', () => {
  it('sends a tab the change made just before, then closes it as "restarting" (1012), and resolves with the tab connected', async () => {
    const server = await startServer(labelPage());
    const { boot } = await loadPage(server.url, '/');
    const tab = TestSocket.join(server.url, boot!);
    await tab.opened();
    label!.text = 'after';
    await server.stop();
    expect(tab.closed).toEqual({ code: 1012, reason: 'server restarting' });
    expect(JSON.stringify(tab.messages.at(-1))).toContain('"after"');
    expect(server.kite.clients.size).toBe(0);
  });

  it('cuts a socket that never answers the close, after the grace period', async () => {
    const server = await startServer(labelPage());
    const { boot } = await loadPage(server.url, '/');
    const { port } = new URL(server.url);
    // A raw upgrade whose peer never reads or answers: a hung or vanished browser.
    const raw = connect(Number(port), '127.0.0.1');
    const upgraded = new Promise<void>((resolve) => raw.once('data', () => resolve()));
    raw.write(
      `GET ${boot!.ws}?client=${boot!.client}&token=${boot!.token}&seq=${boot!.seq} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Origin: ${server.url}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    );
    await upgraded;
    const cut = new Promise<void>((resolve) => raw.once('close', () => resolve()));
    await server.stop(200);
    await cut;
    expect(raw.destroyed).toBe(true);
  });
});
