/**
 * Small lists kept at their exact length. V8 gives an array that grows by `push` (or `splice`)
 * 16 spare slots on top: a one-item list built with `[].push(x)` takes 184 B instead of 56 B.
 * Most per-element lists (children of a card, disposers, hooks) hold a handful of items and never
 * change again, so below `EXACT_UP_TO` items a change makes a new array of exactly the right
 * length; longer lists grow in place so that building a long list stays linear.
 */
const EXACT_UP_TO = 16;

/** `list` with `item` inserted at `at` (the end by default); `list` itself when it grew in place. */
export function inserted<T>(list: readonly T[] | undefined, item: T, at = list?.length ?? 0): T[] {
  if (!list) return [item];
  if (list.length < EXACT_UP_TO) return list.toSpliced(at, 0, item);
  const mutable = list as T[];
  if (at >= mutable.length) mutable.push(item);
  else mutable.splice(at, 0, item);
  return mutable;
}

/** `list` without the item at `at`; `list` itself when it shrank in place. */
export function removedAt<T>(list: readonly T[], at: number): T[] {
  if (list.length <= EXACT_UP_TO) return list.toSpliced(at, 1);
  const mutable = list as T[];
  mutable.splice(at, 1);
  return mutable;
}

/** True when the record has at least one key (without allocating a key list). */
export function hasKeys(obj: object): boolean {
  for (const _ in obj) return true;
  return false;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
