import { describe, expect, it } from 'vitest';
import { keepForReload, RECOVERED_KEY, takeRecovered } from '../../client-runtime/recovered.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('values kept for a reload', () => {
  it('come back once, for the same path, within a minute', () => {
    const storage = memoryStorage();
    keepForReload(storage, '/items?page=2', [['q-layout/q-input', 'typed']], 1_000);
    expect(takeRecovered(storage, '/items?page=2', 5_000)).toEqual([['q-layout/q-input', 'typed']]);
    expect(takeRecovered(storage, '/items?page=2', 5_000)).toEqual([]);
  });

  it('belong to their page and their moment: another path or an old save gets nothing, and they are gone', () => {
    const storage = memoryStorage();
    keepForReload(storage, '/items', [['k', 'v']], 0);
    expect(takeRecovered(storage, '/users', 1)).toEqual([]);
    keepForReload(storage, '/items', [['k', 'v']], 0);
    expect(takeRecovered(storage, '/items', 61_000)).toEqual([]);
    expect(storage.items.has(RECOVERED_KEY)).toBe(false);
  });

  it("are not kept when they would fill the tab's storage, and a broken entry reads as none", () => {
    const storage = memoryStorage();
    keepForReload(storage, '/', [['k', 'x'.repeat(600_000)]], 0);
    expect(storage.items.has(RECOVERED_KEY)).toBe(false);
    storage.setItem(RECOVERED_KEY, '{not json');
    expect(takeRecovered(storage, '/', 0)).toEqual([]);
  });
});
