import type { Client } from './client.js';
import type { Element } from './element.js';

export interface ElementEvent<E extends Element = Element> {
  readonly sender: E;
  readonly client: Client;
  /** The event's name, e.g. `click`. */
  readonly name: string;
  /** The event's arguments as the tab sent them (filtered by `args`). */
  readonly args: unknown[];
}

export type EventHandler<E extends Element = Element> = (event: ElementEvent<E>) => unknown;

export interface OnOptions {
  /** Keys to copy from a DOM event object (defaults to none: the handler learns that it happened). */
  args?: string[];
  /** Minimum milliseconds between two events of this kind from the tab. */
  throttle?: number;
}

export interface ElementOptions {
  /** Explicit parent; otherwise the current scope's parent. */
  parent?: Element;
  /** Slot of the parent; default `default`. */
  slot?: string;
  /** Only for a client's root element, which has no parent. */
  client?: Client;
}

/** A callback that builds children inside a container (`ui.card(() => { ... })`). */
export type Builder = () => unknown;
