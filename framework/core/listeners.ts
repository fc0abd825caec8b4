import type { ListenerSpec } from '../protocol/messages.js';
import type { EventHandler, OnOptions } from './element-types.js';
import { checkName, own } from './own-keys.js';

/** A listener with options, or with several handlers. */
interface Listener {
  spec: ListenerSpec;
  handlers: EventHandler<never>[];
}

/** Most listeners are one handler without options: those are stored as the bare function. */
type ListenerEntry = EventHandler<never> | Listener;

/** An element's listeners by event name (read with `own`: names arrive from the tab). */
export type Listeners = Record<string, ListenerEntry>;

/** The spec of every listener without options: shared, never allocated per listener. */
const NO_OPTIONS: ListenerSpec = Object.freeze({});

/** Adds a handler; returns true when the element's listener specs changed (a new event). */
export function addListener(listeners: Listeners, name: string, fn: EventHandler<never>, options: OnOptions): boolean {
  const existing = own(listeners, checkName(name, 'an event name'));
  if (existing) {
    // Later handlers join the first one; its options stay.
    if (typeof existing === 'function') listeners[name] = { spec: NO_OPTIONS, handlers: [existing, fn] };
    else existing.handlers.push(fn);
    return false;
  }
  if (!options.args?.length && !options.throttle) listeners[name] = fn;
  else {
    const spec: ListenerSpec = {};
    if (options.args?.length) spec.a = options.args;
    if (options.throttle) spec.t = options.throttle;
    listeners[name] = { spec, handlers: [fn] };
  }
  return true;
}

/** Removes one handler, or all of an event; returns true when the event is no longer listened to. */
export function removeListener(listeners: Listeners, name: string, handler: EventHandler<never> | undefined): boolean {
  const entry = own(listeners, name);
  if (!entry) return false;
  const remaining = handler ? handlersOf(listeners, name).filter((h) => h !== handler) : [];
  if (remaining.length === 0) {
    delete listeners[name];
    return true;
  }
  if (typeof entry !== 'function') entry.handlers = remaining;
  return false;
}

/** The handlers of one event; none for a name nobody listens to (`toString` included). */
export function handlersOf(listeners: Listeners, name: string): readonly EventHandler<never>[] {
  const entry = own(listeners, name);
  if (!entry) return [];
  return typeof entry === 'function' ? [entry] : entry.handlers;
}

/** What the tab needs to know: which events, with which options. */
export function listenerSpecs(listeners: Listeners | undefined): Record<string, ListenerSpec> {
  const specs: Record<string, ListenerSpec> = {};
  for (const name in listeners) {
    const entry = listeners[name]!;
    specs[name] = typeof entry === 'function' ? NO_OPTIONS : entry.spec;
  }
  return specs;
}
