import { KiteError } from './errors.js';

/*
 * Records indexed by names that come from outside (an event name sent by the tab, a slot name):
 * only their own keys may answer. A plain record also "has" Object.prototype's members
 * (`constructor`, `toString`, `__lookupGetter__`), and assigning `__proto__` replaces its
 * prototype instead of adding a key. The records stay plain, since a null-prototype record is a
 * V8 dictionary (184 B with one key, against 56 B); lookups go through `own`, and `__proto__` is
 * refused as a name.
 */

/** `record[key]` when it is the record's own key; undefined otherwise. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Throws for the one name a plain record cannot hold as a key; returns the name otherwise. */
export function checkName(name: string, what: string): string {
  if (name === '__proto__') throw new KiteError(`"__proto__" cannot be ${what}`);
  return name;
}

/**
 * An empty record without a prototype, where any key is just a key (`__proto__` too): for
 * storage documents, whose keys anyone's code may choose. Larger, so never per element.
 */
export function dictionary<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
