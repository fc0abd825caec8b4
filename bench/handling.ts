import type { Client } from '../framework/core/client.js';
import { handleUpMessage } from '../framework/core/events.js';
import { parseUpMessage } from '../framework/protocol/validate.js';
import { pace } from './pace.js';
import { summarize, type Summary } from './stats.js';

/** Milliseconds per click: in all, and the part before the flush (parse + handler). */
export interface HandlingTimes {
  total: Summary;
  handle: Summary;
}

/**
 * Server-side handling time of one click, measured inside the server process without patching
 * anything: for live, connected clients, time `parseUpMessage` + `handleUpMessage` + `client.flush()`
 * (the flush sends the frame through the real websocket transport). This is the path
 * `server/connection.ts` runs per message, minus websocket frame decoding and the rate limiter.
 */
export async function measureHandling(clients: Iterable<Client>, perSecond: number, seconds: number): Promise<HandlingTimes> {
  const targets = [...clients].filter((c) => c.connected).map((client) => ({ client, text: clickMessage(client) }));
  if (targets.length === 0) throw new Error('no connected clients to measure');
  const total: number[] = [];
  const handle: number[] = [];
  await pace(perSecond, seconds * 1000, (i) => {
    const { client, text } = targets[i % targets.length]!;
    const start = performance.now();
    const parsed = parseUpMessage(text);
    if (parsed.ok) handleUpMessage(client, parsed.message);
    const handled = performance.now();
    client.flush();
    const end = performance.now();
    total.push(end - start);
    handle.push(handled - start);
  });
  return { total: summarize(total), handle: summarize(handle) };
}

/** The up message a tab sends when its Increment button is clicked. */
function clickMessage(client: Client): string {
  for (const el of client.elements.values())
    if (el.tag === 'q-btn' && el.handlersFor('click').length) return JSON.stringify(['e', el.id, 'click', []]);
  throw new Error('no clickable button on the page');
}

/** Clicks handled so far: the counter page shows its count in the label with class `bench-counter`. */
export function countedEvents(clients: Iterable<Client>): number {
  let total = 0;
  for (const client of clients)
    for (const el of client.elements.values()) if (el.getClasses().includes('bench-counter')) total += Number(el.text) || 0;
  return total;
}
