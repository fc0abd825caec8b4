import type { ElementPatch, ElementSpec, ListenerSpec } from '../protocol/messages.js';
import type { Client } from './client.js';
import { KiteError } from './errors.js';
import { Field, type Renderable } from './outbox.js';
import { requireScope, runInScope } from './scope.js';
import { parseClasses, parseProps, parseStyle } from './parse.js';

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

interface Listener {
  spec: ListenerSpec;
  handlers: EventHandler<never>[];
}

export type Builder = () => unknown;

/**
 * One UI element, living on the server inside its client. Every mutation goes through a setter
 * that records exactly what changed, so the tab receives property-level patches.
 * Fields are allocated lazily: a page may hold thousands of elements per client.
 */
export class Element implements Renderable {
  readonly id: number;
  readonly client: Client;
  readonly tag: string;
  parent: Element | undefined;
  slot = 'default';
  private _props: Record<string, unknown> | undefined;
  private _classes: string[] | undefined;
  private _style: Record<string, string> | undefined;
  private _text: string | undefined;
  private _slots: Record<string, Element[]> | undefined;
  private _listeners: Record<string, Listener> | undefined;
  private _disposers: (() => void)[] | undefined;
  private _markers: string[] | undefined;
  private _hidden = false;
  private _deleted = false;
  /** Scoped-slot support: the key this element renders for, and the prop that receives the scope. */
  private _slotKey: string | undefined;
  private _scopeProp: string | undefined;
  private _scopedSlots: string[] | undefined;
  /** Value support (see elements/mixins/value.ts); `_edits` is the tab's latest edit counter. */
  protected _hasValue = false;
  protected _value: unknown;
  private _edits = 0;

  constructor(tag: string, options: ElementOptions = {}) {
    this.tag = tag;
    let parent = options.parent;
    let slot = options.slot;
    if (!parent && !options.client) {
      const scope = requireScope(`ui element <${tag}>`);
      parent = scope.parent;
      slot ??= scope.slot;
    }
    this.client = parent ? parent.client : options.client!;
    if (this.client.deleted) throw new KiteError(`cannot add <${tag}>: its client has been deleted`);
    this.id = this.client.register(this);
    if (parent) parent.insert(this, slot ?? 'default');
  }

  // ---- structure -------------------------------------------------------------------------

  /** Children of the default slot, or of a named slot. */
  children(slot = 'default'): readonly Element[] {
    return this._slots?.[slot] ?? [];
  }

  slotNames(): string[] {
    return this._slots ? Object.keys(this._slots) : [];
  }

  get deleted(): boolean {
    return this._deleted;
  }

  /** Runs `builder` with this element as the parent of new elements (a named slot if given). */
  within<T>(builder: () => T, slot = 'default'): T {
    const result = runInScope({ client: this.client, parent: this, slot }, builder);
    if (result instanceof Promise)
      result.catch((error: unknown) => this.client.reportError(error, { element: this, where: 'builder' }));
    return result;
  }

  /** Moves this element under another parent (default slot, at the end unless `index` is given). */
  move(target: Element, slot = 'default', index?: number): this {
    if (target.client !== this.client) throw new KiteError('cannot move an element to another client');
    for (let up: Element | undefined = target; up; up = up.parent)
      if (up === this) throw new KiteError('cannot move an element into itself');
    this.detach();
    target.insert(this, slot, index);
    return this;
  }

  /** Deletes this element and everything below it, releasing their listeners and timers. */
  delete(): void {
    if (this._deleted) return;
    if (!this.parent) throw new KiteError('the root element of a client cannot be deleted');
    this.detach();
    this.client.outbox.removed(this);
    this.client.scheduleFlush();
    this.dispose();
  }

  /** Deletes every child (of one slot, or of all slots). */
  clear(slot?: string): this {
    const slots = slot ? [slot] : this.slotNames();
    for (const name of slots) for (const child of [...this.children(name)]) child.delete();
    return this;
  }

  /** Registers cleanup that runs when this element is deleted (timers, subscriptions). */
  onDispose(fn: () => void): this {
    (this._disposers ??= []).push(fn);
    return this;
  }

  private insert(child: Element, slot: string, index?: number): void {
    const slots = (this._slots ??= {});
    const list = (slots[slot] ??= []);
    if (index === undefined || index >= list.length) list.push(child);
    else list.splice(Math.max(0, index), 0, child);
    child.parent = this;
    child.slot = slot;
    this.changed(Field.Children);
  }

  private detach(): void {
    const parent = this.parent;
    if (!parent?._slots) return;
    const list = parent._slots[this.slot];
    const at = list ? list.indexOf(this) : -1;
    if (at >= 0) list!.splice(at, 1);
    if (list && list.length === 0 && this.slot !== 'default') delete parent._slots[this.slot];
    this.parent = undefined;
    parent.changed(Field.Children);
  }

  /** Internal: tears down this subtree on the server (the tab removes it with one op). */
  dispose(): void {
    if (this._deleted) return;
    this._deleted = true;
    if (this._slots) for (const slot in this._slots) for (const child of this._slots[slot]!) child.dispose();
    if (this._disposers) for (const fn of this._disposers) this.client.runSafely(fn, { element: this, where: 'dispose' });
    this._disposers = undefined;
    this._listeners = undefined;
    this.client.unregister(this);
  }

  // ---- props, classes, style, text, visibility ------------------------------------------

  /** Adds props (`'outline dense color=red'` or an object) and removes the names in `remove`. */
  props(add?: string | Record<string, unknown>, remove?: string): this {
    const values = typeof add === 'string' ? parseProps(add) : add;
    if (values) for (const key in values) this.setProp(key, values[key]);
    if (remove) for (const key of remove.split(/\s+/)) if (key) this.setProp(key, undefined);
    return this;
  }

  getProp(key: string): unknown {
    return this._props?.[key];
  }

  /** Sets one prop; `undefined` removes it. Unchanged values send nothing. */
  setProp(key: string, value: unknown): this {
    if (key === 'modelValue') throw new KiteError('set the value through `.value`, not the modelValue prop');
    const props = this._props;
    if (value === undefined) {
      if (!props || !(key in props)) return this;
      delete props[key];
    } else {
      if (props && props[key] === value && (value === null || typeof value !== 'object')) return this;
      (this._props ??= {})[key] = value;
    }
    this.client.outbox.propChanged(this, key);
    this.client.scheduleFlush();
    return this;
  }

  /** Adds classes; `remove` takes classes away; `replace` sets the whole list. */
  classes(add?: string, options: { remove?: string; replace?: string } = {}): this {
    const current = options.replace !== undefined ? parseClasses(options.replace) : [...(this._classes ?? [])];
    const removed = new Set(parseClasses(options.remove ?? ''));
    const next = current.filter((c) => !removed.has(c));
    for (const c of parseClasses(add ?? '')) if (!next.includes(c)) next.push(c);
    if (sameList(next, this._classes ?? [])) return this;
    this._classes = next.length ? next : undefined;
    return this.changed(Field.Classes);
  }

  getClasses(): readonly string[] {
    return this._classes ?? [];
  }

  /** Adds inline style (`'color: red'` or an object); `remove` takes property names away. */
  style(add?: string | Record<string, string>, remove?: string): this {
    const next = { ...this._style, ...(typeof add === 'string' ? parseStyle(add) : add) };
    if (remove) for (const key of remove.split(/[\s;,]+/)) if (key) delete next[key];
    this._style = Object.keys(next).length ? next : undefined;
    return this.changed(Field.Style);
  }

  getStyle(): Readonly<Record<string, string>> {
    return this._style ?? {};
  }

  get text(): string {
    return this._text ?? '';
  }

  set text(value: string) {
    const text = String(value);
    if (text === this._text) return;
    this._text = text;
    this.changed(Field.Text);
  }

  get visible(): boolean {
    return !this._hidden;
  }

  set visible(value: boolean) {
    if (this._hidden === !value) return;
    this._hidden = !value;
    this.changed(Field.Hidden);
  }

  get enabled(): boolean {
    return !this.getProp('disable');
  }

  set enabled(value: boolean) {
    this.setProp('disable', value ? undefined : true);
  }

  /** True when the element and all its ancestors are visible and enabled: only then may it act. */
  get interactive(): boolean {
    for (let el: Element | undefined = this; el; el = el.parent) if (el._hidden || el.getProp('disable')) return false;
    return !this._deleted;
  }

  /** Markers find elements in simulated-user tests (`user.find({ marker: 'save' })`). */
  mark(...markers: string[]): this {
    this._markers = [...(this._markers ?? []), ...markers.flatMap((m) => m.split(/\s+/)).filter(Boolean)];
    return this;
  }

  get markers(): readonly string[] {
    return this._markers ?? [];
  }

  // ---- events -----------------------------------------------------------------------------

  /** Listens to a component event; the handler runs on the server with the event's arguments. */
  on(name: string, handler: EventHandler<this>, options: OnOptions = {}): this {
    const listeners = (this._listeners ??= {});
    const existing = listeners[name];
    if (existing) {
      existing.handlers.push(handler as EventHandler<never>);
      return this;
    }
    const spec: ListenerSpec = {};
    if (options.args?.length) spec.a = options.args;
    if (options.throttle) spec.t = options.throttle;
    listeners[name] = { spec, handlers: [handler as EventHandler<never>] };
    return this.changed(Field.Listeners);
  }

  /** Stops listening (one handler, or every handler of that event). */
  off(name: string, handler?: EventHandler<this>): this {
    const listener = this._listeners?.[name];
    if (!listener) return this;
    listener.handlers = handler ? listener.handlers.filter((h) => h !== handler) : [];
    if (listener.handlers.length === 0) {
      delete this._listeners![name];
      this.changed(Field.Listeners);
    }
    return this;
  }

  /** Internal: the handlers of one event, or none. */
  handlersFor(name: string): readonly EventHandler<never>[] {
    return this._listeners?.[name]?.handlers ?? [];
  }

  // ---- value (used by elements/mixins/value.ts) -------------------------------------------

  get hasValue(): boolean {
    return this._hasValue;
  }

  /** Sets the value from the server; the tab applies it unless the user has typed since. */
  protected setValueFromServer(value: unknown): boolean {
    if (Object.is(value, this._value) && (value === null || typeof value !== 'object')) return false;
    this._value = value;
    this.changed(Field.Value);
    return true;
  }

  /**
   * Internal: the tab changed the value. Nothing is echoed to that tab; `edits` is remembered so
   * a later server-side change tells the tab which of its edits it already accounts for.
   * Returns false when the element rejects the value.
   */
  receiveValue(value: unknown, edits: number): boolean {
    const accepted = this.acceptValue(value);
    if (!accepted.ok) return false;
    this._edits = Math.max(this._edits, edits);
    const previous = this._value;
    this._value = accepted.value;
    this.valueReceived(previous);
    return true;
  }

  /** Validates a value from the tab (elements narrow this: a select accepts only its options). */
  protected acceptValue(value: unknown): { ok: true; value: unknown } | { ok: false } {
    return this._hasValue ? { ok: true, value } : { ok: false };
  }

  /** Hook for value elements: runs change handlers after a value from the tab was accepted. */
  protected valueReceived(_previous: unknown): void {}

  // ---- scoped slots (used by table rows) --------------------------------------------------

  /** Renders this element only where the parent's scoped slot has this key. */
  scopeKey(key: string, scopeProp?: string): this {
    this._slotKey = key;
    this._scopeProp = scopeProp;
    return this;
  }

  /** Declares slots whose children are matched to the slot scope by key. */
  protected setScopedSlots(names: string[]): void {
    this._scopedSlots = names.length ? names : undefined;
    this.changed(Field.ScopedSlots);
  }

  // ---- rendering (the outbox calls these) -------------------------------------------------

  protected changed(field: Field): this {
    this.client.outbox.changed(this, field);
    this.client.scheduleFlush();
    return this;
  }

  toSpec(): ElementSpec {
    const spec: ElementSpec = { id: this.id, tag: this.tag };
    if (this._props && hasKeys(this._props)) spec.p = this._props;
    if (this._hasValue) spec.v = this._value;
    if (this._classes) spec.c = this._classes;
    if (this._style) spec.s = this._style;
    if (this._text !== undefined) spec.t = this._text;
    if (this._slots && hasKeys(this._slots)) spec.ch = this.childIds();
    if (this._listeners && hasKeys(this._listeners)) spec.on = this.listenerSpecs();
    if (this._hidden) spec.h = 1;
    if (this._slotKey !== undefined) spec.k = this._slotKey;
    if (this._scopeProp) spec.sp = this._scopeProp;
    if (this._scopedSlots) spec.ss = this._scopedSlots;
    return spec;
  }

  toPatch(fields: number, props: ReadonlySet<string> | undefined): ElementPatch {
    const patch: ElementPatch = {};
    if (props) {
      for (const key of props) {
        if (this._props && key in this._props) (patch.p ??= {})[key] = this._props[key];
        else (patch.pd ??= []).push(key);
      }
    }
    if (fields & Field.Value) {
      patch.v = this._value ?? null;
      if (this._edits) patch.vn = this._edits;
    }
    if (fields & Field.Classes) patch.c = this._classes ?? [];
    if (fields & Field.Style) patch.s = this._style ?? {};
    if (fields & Field.Text) patch.t = this._text ?? '';
    if (fields & Field.Children) patch.ch = this.childIds();
    if (fields & Field.Listeners) patch.on = this.listenerSpecs();
    if (fields & Field.Hidden) patch.h = this._hidden ? 1 : 0;
    if (fields & Field.ScopedSlots) patch.ss = this._scopedSlots ?? [];
    return patch;
  }

  private childIds(): Record<string, number[]> {
    const ids: Record<string, number[]> = {};
    for (const slot in this._slots) ids[slot] = this._slots[slot]!.map((c) => c.id);
    return ids;
  }

  private listenerSpecs(): Record<string, ListenerSpec> {
    const specs: Record<string, ListenerSpec> = {};
    for (const name in this._listeners) specs[name] = this._listeners[name]!.spec;
    return specs;
  }
}

function hasKeys(obj: object): boolean {
  for (const _ in obj) return true;
  return false;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
