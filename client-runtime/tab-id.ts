export const TAB_KEY = 'kite-tab';

/** A random id that works outside secure contexts too (crypto.randomUUID needs https). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This tab's id, kept in sessionStorage so a reload of the same tab keeps it. */
export function tabId(storage: Pick<Storage, 'getItem' | 'setItem'>, fresh: () => string = randomId): string {
  try {
    const existing = storage.getItem(TAB_KEY);
    if (existing) return existing;
    const id = fresh();
    storage.setItem(TAB_KEY, id);
    return id;
  } catch {
    return fresh();
  }
}
