/** The part of `sessionStorage` the guard needs. */
export type GuardStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const RELOAD_KEY = 'kite-reload-4404';
export const RELOAD_WINDOW_MS = 10_000;

/**
 * Whether the tab may reload because the server no longer knows its client. It may, once: a
 * second request within the window means the reload did not help (e.g. the server forgets
 * clients at once), so the page shows a message instead of reloading in a loop.
 */
export function mayReloadForUnknownClient(storage: GuardStorage, now: number, windowMs = RELOAD_WINDOW_MS): boolean {
  try {
    const previous = Number(storage.getItem(RELOAD_KEY));
    if (previous && now - previous >= 0 && now - previous < windowMs) return false;
    storage.setItem(RELOAD_KEY, String(now));
    return true;
  } catch {
    // Storage disabled: without a guard a reload could loop, so never reload automatically.
    return false;
  }
}
