import type { Client } from '../core/client.js';
import { currentClient } from '../core/scope.js';

/** Titles set before the tab connected, per client; sent once it connects. */
const deferred = new WeakMap<Client, { title: string; pending: boolean }>();

/**
 * `ui.pageTitle('Orders (3)')`: sets the browser tab's title (`document.title`). Called while the
 * page is being built (or while the tab is away), the title is sent as soon as the tab connects:
 * a call made before then would not reach it.
 */
export function pageTitle(title: string): void {
  const client = currentClient('ui.pageTitle');
  const text = String(title);
  if (client.connected) {
    client.call('title', { title: text });
    return;
  }
  const entry = deferred.get(client);
  if (entry) {
    entry.title = text;
    entry.pending = true;
    return;
  }
  const fresh = { title: text, pending: true };
  deferred.set(client, fresh);
  client.onConnect(() => {
    if (!fresh.pending) return;
    fresh.pending = false;
    client.call('title', { title: fresh.title });
  });
}
