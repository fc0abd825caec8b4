import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client } from './client.js';
import type { Element } from './element.js';
import { KiteError } from './errors.js';

/** Where `ui.*` calls put new elements: the current client and parent slot. */
export interface Scope {
  readonly client: Client;
  readonly parent: Element;
  readonly slot: string;
}

// AsyncLocalStorage so that the scope survives `await` inside builders and handlers.
const storage = new AsyncLocalStorage<Scope>();

export function currentScope(): Scope | undefined {
  return storage.getStore();
}

export function requireScope(what: string): Scope {
  const scope = storage.getStore();
  if (!scope)
    throw new KiteError(
      `${what} was called outside a page: call it inside a page function, an event handler, ` +
        'or a builder callback such as ui.card(() => { ... }).',
    );
  return scope;
}

export function runInScope<T>(scope: Scope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * Runs `fn` outside any scope. A timer or promise created inside a scope keeps the scope, and so
 * its client with the whole element tree, alive until it fires: long timers that outlive their
 * client must be created through here.
 */
export function outsideScope<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentClient(what: string): Client {
  return requireScope(what).client;
}
