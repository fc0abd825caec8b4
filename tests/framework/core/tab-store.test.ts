import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KiteError } from '../../../framework/core/errors.js';
import { TabStore } from '../../../framework/core/tab-store.js';
import { MemoryLogger } from '../../../framework/testing/index.js';

const GRACE = 60_000;
const TAB = 'browser-0123456789abcdef.tab-0123456789abcdef';
const file = (dir: string, key = TAB) => join(dir, `${key}.json`);
const onDisk = (dir: string, key = TAB): unknown => JSON.parse(readFileSync(file(dir, key), 'utf8'));

let dir: string;
beforeEach(() => {
  vi.useFakeTimers();
  dir = mkdtempSync(join(tmpdir(), 'kite-tabs-'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('tab store', () => {
  it('writes a change within 100 ms, and a store started anew on the directory finds it', () => {
    const doc = new TabStore(dir, { graceMs: GRACE }).acquire(TAB);
    doc.proxy.open = true;
    expect(existsSync(file(dir))).toBe(false);
    vi.advanceTimersByTime(100);
    expect(onDisk(dir)).toEqual({ open: true });
    expect(new TabStore(dir, { graceMs: GRACE }).acquire(TAB).proxy).toEqual({ open: true });
  });

  it('writes nested changes: objects and arrays inside the document', () => {
    const doc = new TabStore(dir, { graceMs: GRACE }).acquire(TAB);
    doc.proxy.draft = { title: '', tags: [] };
    vi.advanceTimersByTime(100);
    const draft = doc.proxy.draft as { title: string; tags: string[] };
    draft.title = 'Groceries';
    draft.tags.push('home');
    vi.advanceTimersByTime(100);
    expect(onDisk(dir)).toEqual({ draft: { title: 'Groceries', tags: ['home'] } });
  });

  it('replaces the file whole (a new file renamed over it), so a crash mid-write leaves the old document', () => {
    const store = new TabStore(dir, { graceMs: GRACE });
    const doc = store.acquire(TAB);
    doc.proxy.title = 'old';
    store.flush();
    const before = statSync(file(dir)).ino;
    doc.proxy.title = 'new';
    store.flush();
    expect(statSync(file(dir)).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual([`${TAB}.json`]);
  });

  it('after a crash, reads the whole document beside a torn temporary file and removes that file', () => {
    writeFileSync(file(dir), '{"title":"kept"}');
    writeFileSync(`${file(dir)}.tmp`, '{"title":"half-wri');
    const store = new TabStore(dir, { graceMs: GRACE });
    expect(readdirSync(dir)).toEqual([`${TAB}.json`]);
    expect(store.acquire(TAB).proxy).toEqual({ title: 'kept' });
  });

  it('starts a torn document (a power loss) empty, deletes it and says so', () => {
    writeFileSync(file(dir), '{"title":"half-wri');
    const logger = new MemoryLogger();
    const doc = new TabStore(dir, { graceMs: GRACE, logger }).acquire(TAB);
    expect(doc.proxy).toEqual({});
    expect(existsSync(file(dir))).toBe(false);
    expect(logger.lines.join('\n')).toContain('was not a JSON object');
  });

  it('keeps a departed tab for the grace period, then drops it from memory and disk', () => {
    const store = new TabStore(dir, { graceMs: GRACE });
    const doc = store.acquire(TAB);
    doc.proxy.open = true;
    store.flush();
    doc.release();
    vi.advanceTimersByTime(GRACE - 1);
    expect(store.size).toBe(1);
    expect(existsSync(file(dir))).toBe(true);
    vi.advanceTimersByTime(1);
    expect(store.size).toBe(0);
    expect(existsSync(file(dir))).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps a tab that came back within the grace period', () => {
    const store = new TabStore(dir, { graceMs: GRACE });
    const doc = store.acquire(TAB);
    doc.proxy.open = true;
    doc.release();
    vi.advanceTimersByTime(GRACE / 2);
    expect(store.acquire(TAB).proxy).toEqual({ open: true });
    vi.advanceTimersByTime(GRACE * 2);
    expect(store.size).toBe(1);
    expect(onDisk(dir)).toEqual({ open: true });
  });

  it('after a restart, deletes the documents no tab came back for within the grace period', () => {
    const other = 'browser-0123456789abcdef.tab-fedcba9876543210';
    writeFileSync(file(dir), '{"open":true}');
    writeFileSync(file(dir, other), '{"open":true}');
    const store = new TabStore(dir, { graceMs: GRACE });
    vi.advanceTimersByTime(GRACE - 1);
    store.acquire(TAB);
    vi.advanceTimersByTime(1);
    expect(readdirSync(dir)).toEqual([`${TAB}.json`]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no file and no timer for a tab that stored nothing, or emptied its storage', () => {
    const store = new TabStore(dir, { graceMs: GRACE });
    store.acquire('tab-unused-0123456789').release();
    const doc = store.acquire(TAB);
    doc.proxy.open = true;
    store.flush();
    delete doc.proxy.open;
    store.flush();
    doc.release();
    expect(readdirSync(dir)).toEqual([]);
    expect(store.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a write that would make the document larger than its bound, keeping what it held', () => {
    const store = new TabStore(dir, { graceMs: GRACE, maxBytes: 1024 });
    const doc = store.acquire(TAB);
    doc.proxy.notes = 'short';
    expect(() => (doc.proxy.notes = 'x'.repeat(2000))).toThrow(KiteError);
    expect(() => (doc.proxy.more = 'x'.repeat(2000))).toThrow(/limited to 1024 bytes/);
    store.flush();
    expect(onDisk(dir)).toEqual({ notes: 'short' });
  });

  it('refuses what is not JSON (a cycle, a bigint) instead of failing at the write', () => {
    const doc = new TabStore(dir, { graceMs: GRACE }).acquire(TAB);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => (doc.proxy.cycle = cycle)).toThrow(KiteError);
    expect(() => (doc.proxy.big = 1n)).toThrow(KiteError);
    expect(doc.proxy).toEqual({});
  });

  it('keeps at most `maxWaiting` departed tabs: the one gone longest leaves first', () => {
    const store = new TabStore(dir, { graceMs: GRACE, maxWaiting: 2 });
    const keys = ['tab-one-0123456789abc', 'tab-two-0123456789abc', 'tab-three-0123456789a'];
    for (const key of keys) {
      const doc = store.acquire(key);
      doc.proxy.open = true;
      store.flush();
      doc.release();
    }
    expect(store.size).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`${keys[2]}.json`, `${keys[1]}.json`]);
  });

  it('keeps at most `maxWaiting` documents found at start: the most recent ones', () => {
    const keys = ['tab-one-0123456789abc', 'tab-two-0123456789abc', 'tab-three-0123456789a'];
    keys.forEach((key, i) => {
      writeFileSync(file(dir, key), '{"open":true}');
      utimesSync(file(dir, key), 1_000 + i, 1_000 + i);
    });
    new TabStore(dir, { graceMs: GRACE, maxWaiting: 2 });
    expect(readdirSync(dir).sort()).toEqual([`${keys[2]}.json`, `${keys[1]}.json`]);
  });

  it('keeps documents in memory only when there is no directory', () => {
    const store = new TabStore(undefined, { graceMs: GRACE });
    const doc = store.acquire(TAB);
    doc.proxy.open = true;
    vi.advanceTimersByTime(100);
    doc.release();
    expect(store.acquire(TAB).proxy).toEqual({ open: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('drops writes through a document kept after its tab was dropped', () => {
    const store = new TabStore(dir, { graceMs: GRACE });
    const doc = store.acquire(TAB);
    doc.proxy.open = true;
    doc.release();
    vi.advanceTimersByTime(GRACE);
    doc.proxy.late = true;
    store.flush();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('starts on a directory that does not exist yet', () => {
    const nested = join(dir, 'ui', 'tabs');
    new TabStore(nested, { graceMs: GRACE });
    expect(existsSync(nested)).toBe(true);
  });
});
