/**
 * Values kept across a reload the runtime itself has to make (the server could not re-mount the
 * tab, or runs another runtime build): saved just before, by recovery key, and typed again into the
 * reloaded page of the same path, so a reload costs the user nothing they typed either.
 */
export type RecoveryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const RECOVERED_KEY = 'kite-recovered';
/** A reload takes seconds; values older than this belong to something else. */
const MAX_AGE_MS = 60_000;
/** sessionStorage holds ~5 MB per origin; the tab's values are never worth more than this of it. */
const MAX_CHARS = 512 * 1024;

interface Saved {
  path: string;
  at: number;
  values: [string, unknown][];
}

export function keepForReload(storage: RecoveryStorage, path: string, values: [string, unknown][], now: number): void {
  try {
    const text = JSON.stringify({ path, at: now, values } satisfies Saved);
    if (text.length <= MAX_CHARS) storage.setItem(RECOVERED_KEY, text);
  } catch {
    // Storage full or disabled: the reload goes ahead without them.
  }
}

/** The values saved for this path before a reload, once: they are removed as they are read. */
export function takeRecovered(storage: RecoveryStorage, path: string, now: number): [string, unknown][] {
  try {
    const text = storage.getItem(RECOVERED_KEY);
    if (!text) return [];
    storage.removeItem(RECOVERED_KEY);
    const saved = JSON.parse(text) as Partial<Saved>;
    const fresh = typeof saved.at === 'number' && now - saved.at >= 0 && now - saved.at <= MAX_AGE_MS;
    return fresh && saved.path === path && Array.isArray(saved.values) ? saved.values : [];
  } catch {
    return [];
  }
}
