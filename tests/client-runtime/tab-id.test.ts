import { describe, expect, it } from 'vitest';
import { randomId, TAB_KEY, tabId } from '../../client-runtime/tab-id.js';

describe('tabId', () => {
  it('keeps one id per tab in session storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const id = tabId(storage);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(data.get(TAB_KEY)).toBe(id);
    expect(tabId(storage)).toBe(id);
  });

  it('still gives an id when storage is blocked', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new Error('blocked');
      },
      setItem: () => undefined,
    };
    expect(tabId(blocked, () => 'fresh')).toBe('fresh');
    expect(randomId()).not.toBe(randomId());
  });
});
