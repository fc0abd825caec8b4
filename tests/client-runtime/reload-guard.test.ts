import { describe, expect, it } from 'vitest';
import { mayReloadForUnknownClient, RELOAD_KEY } from '../../client-runtime/reload-guard.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('mayReloadForUnknownClient', () => {
  it('reloads once, then refuses within the window, then allows again', () => {
    const storage = memoryStorage();
    expect(mayReloadForUnknownClient(storage, 100_000)).toBe(true);
    expect(storage.data.get(RELOAD_KEY)).toBe('100000');
    expect(mayReloadForUnknownClient(storage, 105_000)).toBe(false);
    expect(mayReloadForUnknownClient(storage, 110_000)).toBe(true);
  });

  it('ignores a timestamp from the future (clock changes) and garbage', () => {
    const storage = memoryStorage();
    storage.data.set(RELOAD_KEY, '999999');
    expect(mayReloadForUnknownClient(storage, 1000)).toBe(true);
    storage.data.set(RELOAD_KEY, 'nonsense');
    expect(mayReloadForUnknownClient(storage, 2000)).toBe(true);
  });

  it('never reloads when storage is unavailable', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
    };
    expect(mayReloadForUnknownClient(broken, 1)).toBe(false);
  });
});
