import type { BootState } from '../framework/protocol/messages.js';

/** The socket as the connection uses it; a WebSocket in the browser, a fake in tests. */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  close(code: number, reason: string): void;
}

export function socketUrl(page: { protocol: string; host: string }, boot: Pick<BootState, 'ws' | 'client' | 'token'>, seq: number, tab: string): string {
  const query = new URLSearchParams({ client: boot.client, token: boot.token, seq: String(seq), tab });
  return `${page.protocol === 'https:' ? 'wss' : 'ws'}://${page.host}${boot.ws}?${query}`;
}

export function openWebSocket(url: string, handlers: SocketHandlers): WebSocket {
  const socket = new WebSocket(url);
  socket.onopen = () => handlers.open();
  socket.onmessage = (event) => handlers.message(String(event.data));
  socket.onclose = (event) => handlers.close(event.code, event.reason);
  return socket;
}
