import { KiteError } from './errors.js';

/**
 * Bindings without polling. A model is a plain object wrapped by `observable()`; assigning one of
 * its properties calls, at once, the subscribers of exactly that property. Elements announce
 * changes of their bindable properties the same way (see bindable.ts). So a change costs work
 * proportional to what is bound to it, and nothing ever scans for changes.
 *
 * Subscribers are kept per source and key in a WeakMap: a source nobody binds to costs nothing,
 * and an element that is bound releases its subscriptions when it is deleted (with its client).
 */

type Listener = (value: unknown) => void;

/** Shared by the two directions of a two-way binding: set while one of them runs. */
interface Guard {
  busy: boolean;
}

/**
 * One binding's subscription to one property; `source` is cleared when released, from either
 * end. It holds what it needs directly, with no closures of its own: a bound element pays for
 * this object, the function that applies a value and its entry in the subscriber set.
 */
class Subscription {
  constructor(
    public source: object | undefined,
    readonly key: string,
    readonly owner: BindingOwner,
    readonly apply: Listener,
    readonly guard: Guard | undefined,
  ) {}

  /** Releases the subscription (the owner calls this when it is deleted). */
  dispose(): void {
    unwatch(this);
  }
}

/**
 * Something other than a model that can be bound from (elements). Called when bindings start to
 * follow it (again, after all were released: it must be idempotent); from then on the announcer
 * calls `announce` when a bindable property changes, and `releaseSource` when it goes away.
 */
export const startAnnouncing = Symbol('kite.startAnnouncing');

export interface Announcer {
  [startAnnouncing](): void;
}

/** The end of a binding that bounds its life and runs its user code (transforms): an element. */
export interface BindingOwner {
  /** Keeps `binding` until the owner goes away, and then calls its `dispose()`. */
  holdBinding(binding: { dispose(): void }): void;
  /** Runs `apply(value)`, one propagation step into or out of the owner, behind its error boundary. */
  runBinding(apply: (value: unknown) => void, value: unknown): void;
}

const subscribers = new WeakMap<object, Map<string, Set<Subscription>>>();
const proxyOf = new WeakMap<object, object>();
const targetOf = new WeakMap<object, object>();

/** A chain of bindings longer than this is a loop of transforms that never settle. */
const MAX_DEPTH = 100;
let depth = 0;

/**
 * Wraps a plain object so that bindings follow its changes: `const model = observable({ name: '' })`.
 * Wrapping the same object (or the result) again returns the same proxy.
 *
 * - A change is an assignment of a value that differs (`Object.is`) from the current one, or the
 *   deletion of a property; assigning the same value again notifies nobody.
 * - Nested plain objects are wrapped when read (`model.address` is itself observable), so
 *   `model.address.city = 'Oslo'` reaches bindings to `(model.address, 'city')`. Bindings to
 *   `(model, 'address')` see only a new object being assigned.
 * - Arrays, maps, dates and class instances are stored as they are: changing them in place
 *   notifies nobody; assign a new one (`model.tags = [...model.tags, 'new']`).
 */
export function observable<T extends object>(model: T): T {
  if (targetOf.has(model)) return model;
  if (!isPlainObject(model)) throw new KiteError('observable() takes a plain object ({ ... }), not an array or a class instance');
  let proxy = proxyOf.get(model);
  if (!proxy) {
    proxy = new Proxy(model as Record<PropertyKey, unknown>, traps);
    proxyOf.set(model, proxy);
    targetOf.set(proxy, model);
  }
  return proxy as T;
}

/** True for a model made by `observable()`. */
export function isObservable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && targetOf.has(value);
}

const traps: ProxyHandler<Record<PropertyKey, unknown>> = {
  get(target, key, receiver) {
    const value: unknown = Reflect.get(target, key, receiver);
    return isPlainObject(value) ? observable(value) : value;
  },
  set(target, key, value, receiver) {
    const raw: unknown = (typeof value === 'object' && value !== null && targetOf.get(value)) || value;
    const previous: unknown = Reflect.get(target, key, receiver);
    if (!Reflect.set(target, key, raw, receiver)) return false;
    if (typeof key === 'string' && !Object.is(previous, raw)) announce(proxyOf.get(target)!, key, isPlainObject(raw) ? observable(raw) : raw);
    return true;
  },
  deleteProperty(target, key) {
    const existed = Object.prototype.hasOwnProperty.call(target, key);
    if (!Reflect.deleteProperty(target, key)) return false;
    if (existed && typeof key === 'string') announce(proxyOf.get(target)!, key, undefined);
    return true;
  },
};

function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isAnnouncer(value: object): value is Announcer {
  return typeof (value as Partial<Announcer>)[startAnnouncing] === 'function';
}

/** Makes `owner` apply the new value whenever `source[key]` changes, until it releases the subscription. */
function watch(source: object, key: string, owner: BindingOwner, apply: Listener, guard?: Guard): Subscription {
  let byKey = subscribers.get(source);
  if (!byKey) {
    if (isAnnouncer(source)) source[startAnnouncing]();
    else if (!targetOf.has(source))
      throw new KiteError(
        proxyOf.has(source)
          ? `bind to the observable of this object (what observable() returned), not the plain object: changes of "${key}" would go unnoticed`
          : `cannot bind to "${key}" of a plain object: wrap the model with observable({ ... }) first`,
      );
    subscribers.set(source, (byKey = new Map()));
  }
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  const subscription = new Subscription(source, key, owner, apply, guard);
  set.add(subscription);
  owner.holdBinding(subscription);
  return subscription;
}

function unwatch(subscription: Subscription): void {
  const source = subscription.source;
  if (!source) return;
  subscription.source = undefined;
  const byKey = subscribers.get(source);
  const set = byKey?.get(subscription.key);
  if (!byKey || !set) return;
  set.delete(subscription);
  if (set.size) return;
  byKey.delete(subscription.key);
  if (!byKey.size) subscribers.delete(source);
}

/** Tells the subscribers of `source[key]` its new value (announcers call this on a change). */
export function announce(source: object, key: string, value: unknown): void {
  const set = subscribers.get(source)?.get(key);
  if (!set) return;
  if (depth >= MAX_DEPTH)
    throw new KiteError(`bindings keep changing each other (more than ${MAX_DEPTH} steps at "${key}"): check the transforms of two-way bindings`);
  depth++;
  try {
    // A copy: a subscriber may bind or delete elements while the others are told.
    for (const subscription of [...set]) if (subscription.source) deliver(subscription, value);
  } finally {
    depth--;
  }
}

/** Drops every subscription to `source` (an announcer going away); their owners keep no reference to it. */
export function releaseSource(source: object): void {
  const byKey = subscribers.get(source);
  if (!byKey) return;
  subscribers.delete(source);
  for (const set of byKey.values()) for (const subscription of set) subscription.source = undefined;
}

/** How many bindings follow `source[key]` (or any key of `source`): for tests and diagnostics. */
export function subscriberCount(source: object, key?: string): number {
  const byKey = subscribers.get(source);
  if (!byKey) return 0;
  if (key !== undefined) return byKey.get(key)?.size ?? 0;
  let count = 0;
  for (const set of byKey.values()) count += set.size;
  return count;
}

/** Applies a value through one subscription, unless the other direction of its binding is running. */
function deliver(subscription: Subscription, value: unknown): void {
  const guard = subscription.guard;
  if (!guard) return subscription.owner.runBinding(subscription.apply, value);
  if (guard.busy) return;
  guard.busy = true;
  try {
    subscription.owner.runBinding(subscription.apply, value);
  } finally {
    guard.busy = false;
  }
}

function read(source: object, key: string): unknown {
  return (source as Record<string, unknown>)[key];
}

/**
 * One-way: runs `apply` with `source[key]` now and after every change, until the owner is
 * disposed. Into an element (`bindTextFrom`), `source` is the model; out of one (`bindTextTo`),
 * the element is the source and `apply` writes the model.
 */
export function bindOneWay(owner: BindingOwner, source: object, key: string, apply: Listener): void {
  deliver(watch(source, key, owner, apply), read(source, key));
}

/**
 * Two-way between `mine[myKey]` (the owner's property) and `other[otherKey]`, starting from the
 * other's value. While one direction runs, the other is ignored: a change never comes back to
 * where it started. A value the user typed flows to the model and from there to every other
 * bound element, but not back into the element (and so the tab) it came from.
 */
export function bindTwoWay(
  owner: BindingOwner,
  mine: object,
  myKey: string,
  other: object,
  otherKey: string,
  toMine: Listener,
  toOther: Listener,
): void {
  const guard: Guard = { busy: false };
  const intoMine = watch(other, otherKey, owner, toMine, guard);
  watch(mine, myKey, owner, toOther, guard);
  deliver(intoMine, read(other, otherKey));
}
