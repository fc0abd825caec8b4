import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, Logger } from './client.js';
import { KiteError } from './errors.js';
import { inserted } from './lists.js';
import { dictionary } from './own-keys.js';
import { currentClient } from './scope.js';
import type { TabDocument } from './tab-document.js';
import { TabStore } from './tab-store.js';

type Dict = Record<string, unknown>;

/** A document as handed out (a proxy that notices writes) and the object it writes to. */
interface Doc {
  proxy: Dict;
  data: Dict;
}

/**
 * JSON documents kept in memory (without a prototype: `doc.constructor` is just an unset key) and written to disk shortly after a change (one write per burst).
 * Top-level assignments are detected; reassign a key after mutating a nested object.
 *
 * A document that is `retain`ed (a browser's user storage, by each of its clients) leaves memory
 * once the last holder has `release`d it and it is written: memory follows the browsers that have
 * a page open, not every browser that ever came. Without a directory memory is the only copy, so
 * only an empty document leaves.
 */
export class JsonStore {
  private docs = new Map<string, Doc>();
  private dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private holders = new Map<string, number>();
  /** Released documents that wait for their write before they may leave memory. */
  private leaving = new Set<string>();

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
    return doc.proxy;
  }

  retain(name: string): void {
    this.holders.set(name, (this.holders.get(name) ?? 0) + 1);
  }

  release(name: string): void {
    const left = (this.holders.get(name) ?? 1) - 1;
    if (left > 0) return void this.holders.set(name, left);
    this.holders.delete(name);
    this.leaveIfUnused(name);
  }

  /** How many documents are in memory: for tests and diagnostics. */
  get size(): number {
    return this.docs.size;
  }

  private leaveIfUnused(name: string): void {
    if (this.holders.has(name)) return;
    if (this.dirty.has(name)) return void this.leaving.add(name);
    this.leaving.delete(name);
    const doc = this.docs.get(name);
    if (doc && (this.dir || isEmpty(doc.data))) this.docs.delete(name);
  }

  /** Writes every pending change now (on shutdown). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dir) return;
    for (const name of this.dirty) {
      const file = join(this.dir, `${name}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(this.docs.get(name)?.data ?? {}));
      renameSync(`${file}.tmp`, file);
    }
    this.dirty.clear();
    for (const name of this.leaving) this.leaveIfUnused(name);
  }

  /**
   * A missing file is an empty document. An unreadable one is moved aside (never overwritten by the
   * next write) and reported, and the document starts empty.
   */
  private read(name: string): Dict {
    if (!this.dir) return dictionary();
    const file = join(this.dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return dictionary();
      throw error;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (data && typeof data === 'object' && !Array.isArray(data)) return Object.assign(dictionary(), data);
    } catch {
      // Reported below, with where the content went.
    }
    const aside = `${file}.corrupt-${Date.now()}`;
    renameSync(file, aside);
    this.logger?.warn(`[kite] storage ${file} was not a JSON object; moved it to ${aside} and started empty`);
    return dictionary();
  }

  private watch(name: string, data: Dict): Doc {
    const docs = this.docs;
    const changed = (): void => {
      this.dirty.add(name);
      this.timer ??= setTimeout(() => this.flush(), 100).unref();
    };
    /**
     * A write through a document that has left memory (a reference kept after its browser's last
     * page closed) comes back into memory, or goes to the copy that replaced it, so it is not lost.
     */
    const live = (): Dict | undefined => {
      const current = docs.get(name);
      if (current) return current !== doc ? current.data : undefined;
      docs.set(name, doc);
      // Back for this write only: it leaves again once written, unless a page holds it by then.
      this.leaving.add(name);
      return undefined;
    };
    const doc: Doc = {
      data,
      proxy: new Proxy(data, {
        set(target, key, value) {
          Reflect.set(target, key, value);
          const current = live();
          if (current) Reflect.set(current, key, value);
          changed();
          return true;
        },
        deleteProperty(target, key) {
          Reflect.deleteProperty(target, key);
          const current = live();
          if (current) Reflect.deleteProperty(current, key);
          changed();
          return true;
        },
      }),
    };
    return doc;
  }
}

const BROWSER_ID = /^[\w-]{16,64}$/;

function isEmpty(data: Dict): boolean {
  for (const _ in data) return false;
  return true;
}

let persistent = new JsonStore(undefined);
let tabs = new TabStore(undefined, { graceMs: 5 * 60_000 });
/** The tab document each client holds; it knows its store, also after the storage was configured anew. */
const tabOf = new WeakMap<Client, TabDocument>();
/** What waits for a client's tab to be known (tabState fills in then). */
const tabWaiters = new WeakMap<Client, (() => void)[]>();

/** What mountUi writes out on shutdown. */
export interface StorageWriter {
  flush(): void;
}

/**
 * Called by mountUi: where user, general and tab storage persist (undefined keeps them in memory;
 * tab documents go to `<dir>/tabs`), and how long a tab's storage outlives its last client.
 */
export function configureStorage(options: { dir: string | undefined; tabGraceMs: number; logger?: Logger }): StorageWriter {
  persistent.flush();
  tabs.flush();
  const { dir, tabGraceMs, logger } = options;
  const user = (persistent = new JsonStore(dir, logger));
  const tab = (tabs = new TabStore(dir && join(dir, 'tabs'), { graceMs: tabGraceMs, logger }));
  return {
    flush() {
      user.flush();
      tab.flush();
    },
  };
}

/** How many tabs have their storage held (connected, or leaving data for a reload): for tests and diagnostics. */
export function heldTabs(): number {
  return tabs.size;
}

/**
 * Called when a tab connects (or, in a re-mount, before its page builds): binds the client to its
 * tab's storage. The document is the browser's and the tab's: a tab id sent under another
 * browser's cookie finds another, empty document. A client without a browser id (a standalone
 * client in tests) uses the tab id alone.
 */
export function attachTab(client: Client, tabId: string): void {
  if (client.tabId === tabId || !BROWSER_ID.test(tabId)) return;
  const held = tabOf.get(client);
  if (held) held.release();
  else client.onDelete(releaseTab); // once per client, for whichever tab it has when deleted
  // The id arrives as a slice of the websocket URL's query: a copy lets that URL string go.
  tabId = Buffer.from(tabId, 'latin1').toString('latin1');
  client.tabId = tabId;
  const browser = client.browserId && BROWSER_ID.test(client.browserId) ? `${client.browserId}.` : '';
  tabOf.set(client, tabs.acquire(browser + tabId));
  const waiting = tabWaiters.get(client);
  tabWaiters.delete(client);
  for (const fn of waiting ?? []) client.runSafely(fn, { where: 'tab storage' });
}

/** Runs `fn` once the client's tab is known (at once if it is). */
export function whenTabKnown(client: Client, fn: () => void): void {
  if (tabOf.has(client)) return fn();
  tabWaiters.set(client, inserted(tabWaiters.get(client), fn));
}

/** The client's tab document as page code sees it, or undefined before its tab is known. */
export function tabDocument(client: Client): Dict | undefined {
  return tabOf.get(client)?.proxy;
}

/** One shared hook rather than a closure per client. */
function releaseTab(client: Client): void {
  tabOf.get(client)?.release();
}

/** Clients that hold their browser's user storage in memory (until they are deleted). */
const userHolders = new WeakSet<Client>();
const userDoc = (client: Client): string => `user-${client.browserId}`;

function releaseUser(client: Client): void {
  persistent.release(userDoc(client));
}

/** How many user and general documents are in memory: for tests and diagnostics. */
export function storedDocuments(): number {
  return persistent.size;
}

/**
 * `storage.user` (per browser, persisted), `storage.general` (shared, persisted),
 * `storage.tab` (per browser tab, once the tab is known; persisted, nested writes included) and
 * `storage.client` (per page instance).
 */
export const storage = {
  get user(): Dict {
    const client = currentClient('storage.user');
    if (!client.browserId || !BROWSER_ID.test(client.browserId))
      throw new KiteError('storage.user needs a browser id (it is set for pages served by mountUi)');
    const name = userDoc(client);
    if (!userHolders.has(client)) {
      userHolders.add(client);
      persistent.retain(name);
      client.onDelete(releaseUser);
    }
    return persistent.get(name);
  },
  get general(): Dict {
    return persistent.get('general');
  },
  get tab(): Dict {
    const client = currentClient('storage.tab');
    const data = tabOf.get(client)?.proxy;
    if (!data) throw new KiteError('storage.tab is available once the tab has connected: await client.whenConnected() first');
    return data;
  },
  get client(): Dict {
    return currentClient('storage.client').storage;
  },
};
