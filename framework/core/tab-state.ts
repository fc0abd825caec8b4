import { announce, observable } from './binding.js';
import type { Client } from './client.js';
import { KiteError } from './errors.js';
import { hasKeys } from './lists.js';
import { own } from './own-keys.js';
import { currentClient } from './scope.js';
import { tabDocument, whenTabKnown } from './storage.js';

/** What tab state can hold: what JSON can. */
export type TabStateValue = string | number | boolean | null | readonly TabStateValue[] | { readonly [key: string]: TabStateValue };

type Dict = Record<string, unknown>;

/**
 * Checks the defaults without narrowing their types (`{ open: false }` gives `open: boolean`): a
 * constraint of JSON types would keep the literal `false`.
 */
type JsonOnly<T> = T extends Record<string, TabStateValue> ? unknown : { 'tabState keeps JSON values only': never };

/** The states of each client by name: one object per name, whoever asks. */
const statesOf = new WeakMap<Client, Map<string, object>>();

/**
 * UI state of this browser tab that survives a reload (F5), a restart of the server and a
 * re-mount: `const draft = tabState('item-dialog', { open: false, title: '' })`. The result is an
 * observable model (bind it: `ui.input().bindValue(draft, 'title')`) whose writes persist in
 * `storage.tab[name]`, and whose reads give what this tab stored, or the default.
 *
 * - Only values that differ from their default are stored: a state at its defaults costs nothing,
 *   and assigning the defaults back forgets it.
 * - A stored value of another kind than its default (an older version of the page kept a number
 *   where a string is now) is ignored. Assign new arrays and objects rather than changing them.
 * - The tab is known while a re-mounted page builds, so that page is built with the stored
 *   values. A first load or a reload builds before the tab connects: until then the state holds
 *   the defaults (and what page code assigned), and as the tab connects its stored values
 *   replace them, so bound elements show them in the first frame. Code that acts on the values
 *   (opens a dialog, loads a table page) runs after `await client.whenConnected()`, which returns
 *   at once in a re-mount.
 * - Same name, same object within a page; keep one name for one shape. Never keep secrets
 *   (passwords) here: tab storage is written to disk.
 */
export function tabState<T extends Record<string, unknown>>(name: string, defaults: T & JsonOnly<T>): T {
  const client = currentClient('tabState');
  let states = statesOf.get(client);
  if (!states) statesOf.set(client, (states = new Map()));
  let state = states.get(name);
  if (!state) {
    state = createState(client, name, defaults);
    states.set(name, state);
  }
  return state as T;
}

function createState(client: Client, name: string, given: Dict): Dict {
  // Copies: changing the caller's object must not change what counts as the default.
  const defaults = structuredClone(given);
  // Values while the tab is not known yet; afterwards only its keys matter (the proxy's shape).
  const local: Dict = structuredClone(given);
  const section = (): Dict | undefined => {
    const stored = tabDocument(client)?.[name];
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Dict) : undefined;
  };
  const storedValue = (key: string): unknown => {
    const value = own(section(), key);
    return sameKind(value, defaults[key]) ? value : undefined;
  };
  const write = (key: string, value: unknown): void => {
    const doc = tabDocument(client)!;
    const stored = section();
    if (sameJson(value, defaults[key])) {
      if (!stored || !Object.hasOwn(stored, key)) return;
      delete stored[key];
      if (!hasKeys(stored)) delete doc[name];
    } else if (stored) stored[key] = value;
    else doc[name] = { [key]: value };
  };
  const model = new Proxy(local, {
    get: (target, key) => {
      if (typeof key !== 'string' || !Object.hasOwn(target, key) || !tabDocument(client)) return Reflect.get(target, key);
      return storedValue(key) ?? defaults[key];
    },
    set: (target, key, value) => {
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) throw new KiteError(`tabState('${name}') has no "${String(key)}": add it to the defaults`);
      if (tabDocument(client)) write(key, value);
      else target[key] = value;
      return true;
    },
  });
  const state = observable(model);
  whenTabKnown(client, () => {
    // What the tab stored replaces what the page held; what it did not store and the page
    // changed is stored now. Bindings see each value that changed.
    for (const key of Object.keys(local)) {
      const stored = storedValue(key);
      if (stored === undefined) {
        if (!sameJson(local[key], defaults[key])) write(key, local[key]);
      } else if (!sameJson(stored, local[key])) announce(state, key, stored);
    }
  });
  return state;
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A stored value may stand in for its default: same JSON kind, or any kind where the default is null. */
function sameKind(value: unknown, byDefault: unknown): boolean {
  return value !== undefined && (byDefault === null || kind(value) === kind(byDefault));
}

function sameJson(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
