import { CloseCode } from '../framework/protocol/messages.js';
import type { ReconnectReason } from './status.js';

export type CloseAction =
  | { kind: 'reconnect'; reason: ReconnectReason }
  | { kind: 'reload' }
  | { kind: 'stop' }
  | { kind: 'fatal'; message: string };

/** What the tab does after the socket closed with `code`. */
export function closeAction(code: number): CloseAction {
  switch (code) {
    case CloseCode.UnknownClient:
    case CloseCode.StaleRuntime:
      return { kind: 'reload' };
    case CloseCode.Forbidden:
      return { kind: 'fatal', message: 'The server refused this connection.' };
    case CloseCode.BadMessage:
      return { kind: 'fatal', message: 'The connection failed: the server rejected a message.' };
    case CloseCode.Replaced:
      return { kind: 'fatal', message: 'This page was opened again elsewhere.' };
    case CloseCode.Leaving:
      return { kind: 'stop' };
    case CloseCode.Restarting:
      return { kind: 'reconnect', reason: 'restarting' };
    default:
      return { kind: 'reconnect', reason: 'lost' };
  }
}
