import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, Logger } from './client.js';
import { KiteError } from './errors.js';
import { currentClient, outsideScope } from './scope.js';

type Dict = Record<string, unknown>;

/**
 * JSON documents kept in memory and written to disk shortly after a change (one write per burst).
 * Top-level assignments are detected; reassign a key after mutating a nested object.
 */
export class JsonStore {
  private docs = new Map<string, Dict>();
  private dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dir: string | undefined,
    private readonly logger?: Logger,
  ) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  get(name: string): Dict {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = this.watch(name, this.read(name));
      this.docs.set(name, doc);
    }
    return doc;
  }

  /** Writes every pending change now (on shutdown). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dir) return;
    for (const name of this.dirty) {
      const file = join(this.dir, `${name}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(this.docs.get(name) ?? {}));
      renameSync(`${file}.tmp`, file);
    }
    this.dirty.clear();
  }

  /**
   * A missing file is an empty document. An unreadable one is moved aside (never overwritten by the
   * next write) and reported, and the document starts empty.
   */
  private read(name: string): Dict {
    if (!this.dir) return {};
    const file = join(this.dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (data && typeof data === 'object' && !Array.isArray(data)) return data as Dict;
    } catch {
      // Reported below, with where the content went.
    }
    const aside = `${file}.corrupt-${Date.now()}`;
    renameSync(file, aside);
    this.logger?.warn(`[kite] storage ${file} was not a JSON object; moved it to ${aside} and started empty`);
    return {};
  }

  private watch(name: string, data: Dict): Dict {
    const changed = (): void => {
      this.dirty.add(name);
      this.timer ??= setTimeout(() => this.flush(), 100).unref();
    };
    return new Proxy(data, {
      set(target, key, value) {
        Reflect.set(target, key, value);
        changed();
        return true;
      },
      deleteProperty(target, key) {
        Reflect.deleteProperty(target, key);
        changed();
        return true;
      },
    });
  }
}

const BROWSER_ID = /^[\w-]{16,64}$/;

function isEmpty(data: Dict): boolean {
  for (const _ in data) return false;
  return true;
}

/** Tab storage lives in memory while a client of that tab exists, plus a grace period for reloads. */
class TabStore {
  private tabs = new Map<string, { data: Dict; clients: number; expiry: NodeJS.Timeout | undefined }>();

  constructor(private readonly graceMs: () => number) {}

  acquire(tabId: string): Dict {
    let entry = this.tabs.get(tabId);
    if (!entry) this.tabs.set(tabId, (entry = { data: {}, clients: 0, expiry: undefined }));
    clearTimeout(entry.expiry);
    entry.clients++;
    return entry.data;
  }

  release(tabId: string): void {
    const entry = this.tabs.get(tabId);
    if (!entry || --entry.clients > 0) return;
    // Nothing to keep for a reload (most pages never use tab storage): forget the tab at once
    // rather than hold its entry and a timer for the grace period.
    if (isEmpty(entry.data)) return void this.tabs.delete(tabId);
    // Usually called from a client's delete hook, inside its scope: the timer must not keep the client alive.
    entry.expiry = outsideScope(() => setTimeout(() => this.tabs.delete(tabId), this.graceMs()).unref());
  }

  get size(): number {
    return this.tabs.size;
  }
}

let persistent = new JsonStore(undefined);
let tabGraceMs = 5 * 60_000;
const tabs = new TabStore(() => tabGraceMs);
const tabData = new WeakMap<Client, Dict>();

/** Called by mountUi: where user and general storage persist (undefined keeps them in memory). */
export function configureStorage(options: { dir: string | undefined; tabGraceMs: number; logger?: Logger }): JsonStore {
  persistent.flush();
  persistent = new JsonStore(options.dir, options.logger);
  tabGraceMs = options.tabGraceMs;
  return persistent;
}

/** Called when a tab connects: binds the client to its tab's storage. */
/** How many tabs have their storage held (connected, or leaving data for a reload): for tests and diagnostics. */
export function heldTabs(): number {
  return tabs.size;
}

export function attachTab(client: Client, tabId: string): void {
  if (client.tabId === tabId || !BROWSER_ID.test(tabId)) return;
  if (client.tabId) tabs.release(client.tabId);
  else client.onDelete(releaseTab); // once per client, for whichever tab it has when deleted
  // The id arrives as a slice of the websocket URL's query: a copy lets that URL string go.
  tabId = Buffer.from(tabId, 'latin1').toString('latin1');
  client.tabId = tabId;
  tabData.set(client, tabs.acquire(tabId));
}

/** One shared hook rather than a closure per client. */
function releaseTab(client: Client): void {
  if (client.tabId) tabs.release(client.tabId);
}

/**
 * `storage.user` (per browser, persisted), `storage.general` (shared, persisted),
 * `storage.tab` (per browser tab, after the tab connected) and `storage.client` (per page instance).
 */
export const storage = {
  get user(): Dict {
    const client = currentClient('storage.user');
    if (!client.browserId || !BROWSER_ID.test(client.browserId))
      throw new KiteError('storage.user needs a browser id (it is set for pages served by mountUi)');
    return persistent.get(`user-${client.browserId}`);
  },
  get general(): Dict {
    return persistent.get('general');
  },
  get tab(): Dict {
    const client = currentClient('storage.tab');
    const data = tabData.get(client);
    if (!data) throw new KiteError('storage.tab is available once the tab has connected: await client.whenConnected() first');
    return data;
  },
  get client(): Dict {
    return currentClient('storage.client').storage;
  },
};
