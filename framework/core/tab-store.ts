import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './client.js';
import { dictionary } from './own-keys.js';
import { outsideScope } from './scope.js';
import { TabDocument, type TabDocumentOwner } from './tab-document.js';

type Dict = Record<string, unknown>;

export interface TabStoreOptions {
  /** How long a tab's storage outlives its last client (a reload, a restart), in ms. */
  graceMs: number;
  logger?: Logger;
  /** Largest document of one tab, in bytes of JSON (default 256 KiB). */
  maxBytes?: number;
  /** Most tabs that went away whose storage is kept for their grace period (default 10,000; the longest gone leaves first). */
  maxWaiting?: number;
}

/** A document's name: the browser id and the tab id (or the tab id alone, for clients without a browser). */
const FILE = /^((?:[\w-]{16,64}\.)?[\w-]{16,64})\.json$/;
const WRITE_DELAY_MS = 100;

/**
 * The storage of every tab (`storage.tab`), in memory while a client of the tab exists and for a
 * grace period after, and with a directory also on disk, so that a restarted process finds it.
 *
 * - A change is written within WRITE_DELAY_MS (one write per burst), to a temporary file renamed
 *   over the document: a crash, `kill -9` included, leaves the old document or the new one, never
 *   a part. There is no fsync: the kernel has the file once the write returns, so only a power
 *   loss can lose the last writes of a tab (and its browser likely lost power too); an fsync per
 *   write would block every tab of the process for milliseconds.
 * - A tab that stored nothing has no file and no timer. A tab that went away keeps its document
 *   for the grace period, then it leaves memory and disk. Documents found on disk at start (the
 *   tabs of the process before) are read when their tab comes back, and deleted if none does
 *   within the grace period. One timer serves every deadline; nothing polls.
 */
export class TabStore implements TabDocumentOwner {
  private docs = new Map<string, TabDocument>();
  /** Documents no client holds (in memory, or only on disk after a restart) by deadline; in that order, since the grace is one. */
  private waiting = new Map<string, number>();
  private expiry: NodeJS.Timeout | undefined;
  /** Documents changed since the last write, with their JSON (made anyway for the size check). */
  private dirty = new Map<TabDocument, string>();
  private writer: NodeJS.Timeout | undefined;
  private readonly maxBytes: number;
  private readonly maxWaiting: number;

  constructor(
    private readonly dir: string | undefined,
    private readonly options: TabStoreOptions,
  ) {
    this.maxBytes = options.maxBytes ?? 256 * 1024;
    this.maxWaiting = options.maxWaiting ?? 10_000;
    if (dir) this.sweep(dir);
  }

  /** The tab's document, held until `release`. */
  acquire(key: string): TabDocument {
    let doc = this.docs.get(key);
    if (!doc) {
      const fromDisk = this.waiting.has(key) ? this.read(key) : undefined;
      doc = new TabDocument(key, fromDisk ?? dictionary(), this.maxBytes, this);
      doc.onDisk = fromDisk !== undefined;
      this.docs.set(key, doc);
    }
    this.waiting.delete(key);
    doc.holders++;
    return doc;
  }

  release(doc: TabDocument): void {
    if (doc.gone || --doc.holders > 0) return;
    if (doc.empty) return this.leave(doc);
    this.waiting.delete(doc.key); // to the end of the line
    this.waiting.set(doc.key, Date.now() + this.options.graceMs);
    if (this.waiting.size > this.maxWaiting) this.drop(this.waiting.keys().next().value!);
    // Deadlines only grow: an armed timer is due first (early at worst, when its tab came back).
    if (!this.expiry) this.armExpiry();
  }

  /** How many tabs have their storage in memory: for tests and diagnostics. */
  get size(): number {
    return this.docs.size;
  }

  /** Writes every pending change now (on shutdown). */
  flush(): void {
    clearTimeout(this.writer);
    this.writer = undefined;
    for (const [doc, text] of this.dirty) this.write(doc, text);
    this.dirty.clear();
  }

  changed(doc: TabDocument, text: string): void {
    if (!this.dir) return;
    this.dirty.set(doc, text);
    this.writer ??= outsideScope(() => setTimeout(() => this.flush(), WRITE_DELAY_MS).unref());
  }

  private file(key: string): string {
    return join(this.dir!, `${key}.json`);
  }

  private write(doc: TabDocument, text: string): void {
    const file = this.file(doc.key);
    try {
      if (doc.empty) return this.unlink(doc);
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
      doc.onDisk = true;
    } catch (error) {
      // A full or read-only disk must not take the process down from a timer; the next change retries.
      this.options.logger?.error(`[kite] could not write tab storage ${file}: ${String(error)}`);
    }
  }

  private unlink(doc: TabDocument): void {
    if (!doc.onDisk) return;
    doc.onDisk = false;
    removeFile(this.file(doc.key));
  }

  /** The document leaves memory and disk. */
  private leave(doc: TabDocument): void {
    doc.gone = true;
    this.docs.delete(doc.key);
    this.waiting.delete(doc.key);
    this.dirty.delete(doc);
    this.unlink(doc);
  }

  /** A waiting tab's document goes, whether in memory or only on disk. */
  private drop(key: string): void {
    const doc = this.docs.get(key);
    if (doc) return this.leave(doc);
    this.waiting.delete(key);
    removeFile(this.file(key));
  }

  private armExpiry(): void {
    this.expiry = undefined;
    const first = this.waiting.values().next();
    if (first.done) return;
    // Outside any scope: the timer must not keep the client whose release armed it alive.
    this.expiry = outsideScope(() => setTimeout(() => this.expire(), Math.max(0, first.value - Date.now())).unref());
  }

  private expire(): void {
    const now = Date.now();
    for (const [key, deadline] of this.waiting) {
      if (deadline > now) break;
      this.drop(key);
    }
    this.armExpiry();
  }

  /**
   * At start: what a crash cut short (a `.tmp` beside its whole document) goes; the documents of
   * the process before wait for their tabs for one grace period, the most recent ones if too many.
   */
  private sweep(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const found: string[] = [];
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.tmp')) {
        removeFile(join(dir, name));
        continue;
      }
      const key = FILE.exec(name)?.[1];
      if (key) found.push(key);
    }
    if (found.length > this.maxWaiting) {
      const modified = new Map(found.map((key) => [key, statSync(this.file(key)).mtimeMs]));
      found.sort((a, b) => modified.get(a)! - modified.get(b)!);
      for (const key of found.splice(0, found.length - this.maxWaiting)) removeFile(this.file(key));
    }
    const deadline = Date.now() + this.options.graceMs;
    for (const key of found) this.waiting.set(key, deadline);
    this.armExpiry();
  }

  /** A document from disk; one that is not a JSON object (a disk that lost power) is deleted and reported. */
  private read(key: string): Dict | undefined {
    const file = this.file(key);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (data && typeof data === 'object' && !Array.isArray(data)) return Object.assign(dictionary(), data);
    } catch {
      // Reported below.
    }
    removeFile(file);
    this.options.logger?.warn(`[kite] tab storage ${file} was not a JSON object; deleted it and started empty`);
    return undefined;
  }
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
