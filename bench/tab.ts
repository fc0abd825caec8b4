import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { BootState, DownMessage } from '../framework/protocol/messages.js';

/** Close code the runtime sends when a page goes away for good: the server deletes the client at once. */
export const LEAVING = 4001;

/**
 * A synthetic browser tab: GETs a page, reads the boot state out of the HTML as the runtime does,
 * and joins the client's websocket (same origin, a tab id like the runtime's).
 */
export class Tab {
  private constructor(
    readonly boot: BootState,
    readonly ws: WebSocket,
    /** Bytes of the first HTML response. */
    readonly htmlBytes: number,
  ) {}

  static async open(base: string, path = '/'): Promise<Tab> {
    const { boot, htmlBytes } = await loadPage(base, path);
    const tab = randomBytes(12).toString('base64url');
    const url = `${base.replace('http', 'ws')}${boot.ws}?client=${boot.client}&token=${boot.token}&seq=${boot.seq}&tab=${tab}`;
    const ws = new WebSocket(url, { headers: { origin: base } });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
      ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${reason.toString()}`)));
    });
    return new Tab(boot, ws, htmlBytes);
  }

  /** Calls `handler` with every down message and the payload size in bytes as received. */
  onMessage(handler: (message: DownMessage, bytes: number) => void): void {
    this.ws.on('message', (data: Buffer) => handler(JSON.parse(data.toString()) as DownMessage, data.length));
  }

  /** The element with a listener for `event` whose tag is `tag` (e.g. the Increment button). */
  listenerId(tag: string, event: string): number {
    const el = this.boot.elements.find((e) => e.tag === tag && e.on?.[event]);
    if (!el) throw new Error(`no <${tag}> listening for ${event}`);
    return el.id;
  }

  elementId(predicate: (e: BootState['elements'][number]) => boolean): number {
    const el = this.boot.elements.find(predicate);
    if (!el) throw new Error('element not found in the boot state');
    return el.id;
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  close(code?: number): void {
    this.ws.close(code);
  }
}

/** GETs a page and parses the boot state embedded in its HTML. */
export async function loadPage(base: string, path = '/'): Promise<{ boot: BootState; htmlBytes: number }> {
  const response = await fetch(base + path);
  const html = await response.text();
  const match = /<script type="application\/json" id="kite-boot">(.*?)<\/script>/s.exec(html);
  if (!response.ok || !match) throw new Error(`GET ${path}: ${response.status}, no boot state`);
  return { boot: JSON.parse(match[1]!) as BootState, htmlBytes: Buffer.byteLength(html) };
}

/** Opens `count` tabs, at most `concurrency` at a time. */
export async function openTabs(base: string, count: number, concurrency: number, path = '/'): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (let i = 0; i < count; i += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - i) }, () => Tab.open(base, path));
    tabs.push(...(await Promise.all(batch)));
  }
  return tabs;
}
