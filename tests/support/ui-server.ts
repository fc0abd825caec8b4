import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { run, type PageRegistry, type RunOptions, type RunningApp } from '../../framework/index.js';
import type { BootState, DownMessage } from '../../framework/protocol/messages.js';
import { MemoryLogger } from '../../framework/testing/index.js';

/** An assets folder with a manifest, so server tests do not need the real client build. */
export function fakeAssets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kite-assets-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ script: 'main.js', styles: ['kite.css'], preload: [], components: {} }));
  writeFileSync(join(dir, 'main.js'), '');
  return dir;
}

export async function startServer(pages: PageRegistry, options: RunOptions = {}): Promise<RunningApp & { logger: MemoryLogger }> {
  const logger = new MemoryLogger();
  const app = await run({ pages, port: 0, assetsDir: fakeAssets(), storageDir: false, logger, ...options });
  return Object.assign(app, { logger });
}

/** GETs a page and reads the boot state embedded in its HTML, as the runtime does. */
export async function loadPage(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(base + path, { redirect: 'manual', ...init });
  const html = await response.text();
  const match = /<script type="application\/json" id="kite-boot">(.*?)<\/script>/s.exec(html);
  const boot = match ? (JSON.parse(match[1]!) as BootState) : undefined;
  return { response, html, boot };
}

/** A tab's socket that collects down messages and can wait for them. */
export class TestSocket {
  readonly messages: DownMessage[] = [];
  closed: { code: number; reason: string } | undefined;
  private waiters: (() => void)[] = [];
  readonly ws: WebSocket;

  constructor(url: string, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, { headers });
    this.ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as DownMessage);
      this.wake();
    });
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    this.ws.on('error', () => this.wake());
  }

  static join(base: string, boot: BootState, seq = boot.seq, extra = ''): TestSocket {
    const url = `${base.replace('http', 'ws')}${boot.ws}?client=${boot.client}&token=${boot.token}&seq=${seq}${extra}`;
    return new TestSocket(url, { origin: base });
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ws.readyState === WebSocket.OPEN) return resolve();
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Waits until the predicate holds on the received messages (or the socket closes). */
  async until(predicate: (messages: DownMessage[]) => boolean, ms = 2000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.messages).slice(0, 500)}`);
      if (this.closed) throw new Error(`socket closed ${this.closed.code} ${this.closed.reason}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, deadline - Date.now());
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  async closedWith(): Promise<{ code: number; reason: string }> {
    while (!this.closed) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.closed;
  }

  close(code?: number): void {
    this.ws.close(code);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
