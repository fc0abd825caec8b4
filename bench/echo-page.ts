import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/**
 * The control for the browser benchmark: the counter page without any framework. A plain button
 * sends a message over a websocket, the server answers with the next count, a few lines of DOM
 * code show it. Whatever this page's click -> update time is, the browser and the network cost it.
 */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>control</title></head><body>
<span class="bench-counter">0</span> <button>Increment</button>
<script>
const socket = new WebSocket(location.href.replace('http', 'ws'));
const label = document.querySelector('.bench-counter');
document.querySelector('button').addEventListener('click', () => socket.send('["e",1,"click",[]]'));
socket.addEventListener('message', (event) => { label.textContent = event.data; });
</script></body></html>`;

export interface EchoPage {
  url: string;
  stop(): Promise<void>;
}

export async function startEchoPage(): Promise<EchoPage> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket) => {
    let count = 0;
    socket.on('message', () => socket.send(String(++count)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async stop() {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
