import type { UpMessage } from '../protocol/messages.js';
import type { Client } from './client.js';
import type { Element, ElementEvent } from './element.js';
import { runInScope, type Scope } from './scope.js';

/**
 * Applies one validated up message to its client. The tab is not trusted: an event or value
 * counts only for an element that exists, is visible and enabled (with its ancestors) and
 * listens for it. Anything else is dropped and counted, never thrown.
 */
export function handleUpMessage(client: Client, message: UpMessage): void {
  switch (message[0]) {
    case 'e': {
      const [, id, name, args] = message;
      const el = client.elements.get(id);
      const handlers = el?.interactive ? el.handlersFor(name) : undefined;
      if (!el || !handlers?.length) {
        client.dropped++;
        return;
      }
      const event: ElementEvent = { sender: el, client, name, args };
      for (const handler of handlers) runHandler(el, name, () => (handler as (e: ElementEvent) => unknown)(event));
      return;
    }
    case 'v': {
      const [, id, value, edits] = message;
      const el = client.elements.get(id);
      if (!el?.hasValue || !el.interactive) {
        client.dropped++;
        return;
      }
      runHandler(el, 'value change', () => {
        if (!el.receiveValue(value, edits)) client.dropped++;
      });
      return;
    }
    case 'a':
      client.ring.ack(Math.min(message[1], client.seq));
      return;
    case 'r':
      if (!client.resolveCall(message[1], message[2])) client.dropped++;
      return;
    case 'm':
      // A re-mount is asked of a server that does not know the tab (server/remount.ts), never of its client.
      client.dropped++;
      return;
  }
}

/**
 * Runs a handler in the scope of the element's parent (so new elements land beside it) behind
 * the client's error boundary.
 */
export function runHandler(el: Element, what: string, fn: () => unknown): void {
  el.client.runSafely(() => runInScope(handlerScope(el), fn), { element: el, where: `${what} handler` });
}

/**
 * runHandler for a handler whose end the caller waits for (an upload's file callback): resolves
 * false when it failed. A failure the framework caused itself (`ours`) is not reported as the
 * author's error.
 */
export async function runHandlerToEnd(el: Element, what: string, fn: () => unknown, ours: (error: unknown) => boolean = () => false): Promise<boolean> {
  try {
    await runInScope(handlerScope(el), fn);
    return true;
  } catch (error) {
    if (!ours(error)) el.client.reportError(error, { element: el, where: `${what} handler` });
    return false;
  }
}

function handlerScope(el: Element): Scope {
  return { client: el.client, parent: el.parent ?? el.client.content, slot: el.parent ? el.slot : 'default' };
}
