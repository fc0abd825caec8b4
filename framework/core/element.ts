import type { ElementPatch, ElementSpec } from '../protocol/messages.js';
import type { Client } from './client.js';
import type { ElementOptions, EventHandler, OnOptions } from './element-types.js';
import { Bindable } from './bindable.js';
import { announce, releaseSource, startAnnouncing } from './binding.js';
import { KiteError } from './errors.js';
import { addListener, handlersOf, listenerSpecs, removeListener, type Listeners } from './listeners.js';
import { ElementExtras } from './element-extras.js';
import { hasKeys, inserted, removedAt, sameList } from './lists.js';
import { Field, type Renderable } from './outbox.js';
import { currentScope, requireScope, runInScope } from './scope.js';
import { parseClasses, parseProps, parseStyle, sharedClassList } from './parse.js';
import { sharedProps } from './shared-props.js';
import { checkName, own } from './own-keys.js';

export type { Builder, ElementEvent, ElementOptions, EventHandler, OnOptions } from './element-types.js';

const NO_CHILDREN: readonly Element[] = Object.freeze([]);

/** Boolean state of an element, as bits of one small integer. */
const enum Flag {
  Hidden = 1,
  Deleted = 2,
  /** Something is bound to this element's text, visibility or value (binding.ts). */
  Announces = 4,
  /** `_props` is a frozen record shared with other clients (shared-props.ts): copy before changing. */
  SharedProps = 8,
}

/**
 * One UI element, living on the server inside its client. Every mutation goes through a setter
 * that records exactly what changed, so the tab receives property-level patches.
 *
 * Memory matters here: a client holds dozens to thousands of elements. So the instance has only
 * the fields most elements use; booleans share one integer; what few elements use lives in a
 * lazily allocated `ElementExtras`; containers and lists are allocated on first use at their
 * exact length (lists.ts).
 */
export class Element extends Bindable implements Renderable {
  readonly id: number;
  readonly client: Client;
  readonly tag: string;
  parent: Element | undefined;
  private _flags = 0;
  private _props: Record<string, unknown> | undefined;
  private _classes: readonly string[] | undefined;
  private _style: Record<string, string> | undefined;
  private _text: string | undefined;
  /**
   * Children by slot. Most containers use only the default slot: they hold the bare list, and a
   * record (in first-use order, as the tab receives it) exists only once another slot is used.
   */
  private _slots: Element[] | Record<string, Element[]> | undefined;
  private _listeners: Listeners | undefined;
  private _extras: ElementExtras | undefined;

  constructor(tag: string, options: ElementOptions = {}) {
    super();
    this.tag = tag;
    let parent = options.parent;
    let slot = options.slot;
    if (!parent && !options.client) {
      const scope = requireScope(`ui element <${tag}>`);
      parent = scope.parent;
      slot ??= scope.slot;
    }
    if (slot !== undefined) checkName(slot, 'a slot name');
    this.client = parent ? parent.client : options.client!;
    if (this.client.deleted) throw new KiteError(`cannot add <${tag}>: its client has been deleted`);
    this.id = this.client.register(this);
    // Async builders may still add elements after their container went away (the user moved on):
    // such an element is born deleted, never sent, and its cleanup hooks run as they are added.
    if (parent?.deleted) this.dispose();
    else if (parent) parent.insert(this, slot ?? 'default');
  }

  private extras(): ElementExtras {
    return (this._extras ??= new ElementExtras());
  }

  private flag(bit: Flag): boolean {
    return (this._flags & bit) !== 0;
  }

  private setFlag(bit: Flag, on: boolean): void {
    this._flags = on ? this._flags | bit : this._flags & ~bit;
  }

  // ---- structure -------------------------------------------------------------------------

  /** Children of the default slot, or of a named slot. */
  children(slot = 'default'): readonly Element[] {
    const slots = this._slots;
    if (!slots) return NO_CHILDREN;
    if (Array.isArray(slots)) return slot === 'default' ? slots : NO_CHILDREN;
    return own(slots, slot) ?? NO_CHILDREN;
  }

  slotNames(): string[] {
    const slots = this._slots;
    if (!slots) return [];
    return Array.isArray(slots) ? ['default'] : Object.keys(slots);
  }

  /** The parent's slot this element is in. */
  get slot(): string {
    return this._extras?.slot ?? 'default';
  }

  set slot(name: string) {
    if (name !== 'default' || this._extras) this.extras().slot = name;
  }

  get deleted(): boolean {
    return this.flag(Flag.Deleted);
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
    checkName(slot, 'a slot name');
    for (let up: Element | undefined = target; up; up = up.parent)
      if (up === this) throw new KiteError('cannot move an element into itself');
    this.detach();
    target.insert(this, slot, index);
    return this;
  }

  /** Deletes this element and everything below it, releasing their listeners and timers. */
  delete(): void {
    if (this.deleted) return;
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

  /** Registers cleanup that runs when this element is deleted (at once if it already is). */
  onDispose(fn: () => void): this {
    if (this.deleted) {
      this.client.runSafely(fn, { element: this, where: 'dispose' });
      return this;
    }
    const extras = this.extras();
    extras.disposers = inserted(extras.disposers, fn);
    return this;
  }

  private insert(child: Element, slot: string, index?: number): void {
    const list = this.children(slot);
    const at = index === undefined || index >= list.length ? list.length : Math.max(0, index);
    this.setChildren(slot, inserted(list, child, at));
    child.parent = this;
    child.slot = slot;
    this.changed(Field.Children);
  }

  private detach(): void {
    const parent = this.parent;
    if (!parent?._slots) return;
    const slot = this.slot;
    const list = parent.children(slot);
    const at = list.indexOf(this);
    if (at >= 0) parent.setChildren(slot, removedAt(list, at));
    this.parent = undefined;
    parent.changed(Field.Children);
  }

  /** Stores the children of one slot; an emptied named slot disappears (the default one stays). */
  private setChildren(slot: string, list: Element[]): void {
    const slots = this._slots;
    if (slot === 'default' && (!slots || Array.isArray(slots))) {
      this._slots = list;
      return;
    }
    let record: Record<string, Element[]>;
    if (!slots) record = this._slots = {};
    else if (Array.isArray(slots)) record = this._slots = { default: slots };
    else record = slots;
    if (list.length === 0 && slot !== 'default') delete record[slot];
    else record[slot] = list;
  }

  /** Internal: tears down this subtree on the server (the tab removes it with one op). */
  dispose(): void {
    if (this.deleted) return;
    this.setFlag(Flag.Deleted, true);
    for (const slot of this.slotNames()) for (const child of this.children(slot)) child.dispose();
    const extras = this._extras;
    if (extras?.disposers) {
      for (const fn of extras.disposers)
        if (typeof fn === 'function') this.client.runSafely(fn, { element: this, where: 'dispose' });
        else fn.dispose();
      extras.disposers = undefined;
    }
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

  /** Only elements that sanitize HTML (ui.html, ui.markdown) may set the `innerHTML` prop. */
  protected rendersHtml(): boolean {
    return false;
  }

  getProp(key: string): unknown {
    return own(this._props, key);
  }

  /** Sets one prop; `undefined` removes it. Unchanged values send nothing. */
  setProp(key: string, value: unknown): this {
    if (key === 'modelValue') throw new KiteError('set the value through `.value`, not the modelValue prop');
    if (key === 'innerHTML' && !this.rendersHtml())
      throw new KiteError('innerHTML is only for ui.html and ui.markdown, which sanitize it; use .text for text');
    checkName(key, 'a prop name');
    const props = this._props;
    if (value === undefined) {
      if (!props || !Object.hasOwn(props, key)) return this;
      delete this.ownProps()[key];
    } else {
      if (props && props[key] === value && (value === null || typeof value !== 'object')) return this;
      this.ownProps()[key] = value;
    }
    if (this.deleted) return this;
    this.client.outbox.propChanged(this, key);
    this.client.scheduleFlush();
    return this;
  }

  /** The props record to change: this element's own (a shared one is copied first). */
  private ownProps(): Record<string, unknown> {
    if (this.flag(Flag.SharedProps)) {
      this._props = { ...this._props };
      this.setFlag(Flag.SharedProps, false);
    }
    return (this._props ??= {});
  }

  /** Internal: once its page is built, takes the props record other clients' same element shares. */
  shareProps(): void {
    const props = this._props;
    if (!props || this.flag(Flag.SharedProps)) return;
    const shared = sharedProps(props);
    if (!shared) return;
    this._props = shared as Record<string, unknown>;
    this.setFlag(Flag.SharedProps, true);
  }

  /** Adds classes; `remove` takes classes away; `replace` sets the whole list. */
  classes(add?: string, options: { remove?: string; replace?: string } = {}): this {
    const current = options.replace !== undefined ? parseClasses(options.replace) : [...(this._classes ?? [])];
    const removed = new Set(parseClasses(options.remove ?? ''));
    const next = current.filter((c) => !removed.has(c));
    for (const c of parseClasses(add ?? '')) if (!next.includes(c)) next.push(c);
    if (sameList(next, this._classes ?? [])) return this;
    // An exact, shared copy: `filter` and `push` leave spare capacity, and most lists repeat across clients.
    this._classes = next.length ? sharedClassList(next) : undefined;
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
    this.announceChange('text', text);
  }

  get visible(): boolean {
    return !this.flag(Flag.Hidden);
  }

  set visible(value: boolean) {
    if (this.visible === value) return;
    this.setFlag(Flag.Hidden, !value);
    this.changed(Field.Hidden);
    this.announceChange('visible', value);
  }

  get enabled(): boolean {
    return !this.getProp('disable');
  }

  set enabled(value: boolean) {
    this.setProp('disable', value ? undefined : true);
  }

  /** True when the element and all its ancestors are visible and enabled: only then may it act. */
  get interactive(): boolean {
    for (let el: Element | undefined = this; el; el = el.parent) if (!el.visible || el.getProp('disable')) return false;
    return !this.deleted;
  }

  /** Markers find elements in simulated-user tests (`user.find({ marker: 'save' })`). */
  mark(...markers: string[]): this {
    const extras = this.extras();
    // `concat` allocates the exact length (a spread into `[...]` leaves spare capacity).
    extras.markers = (extras.markers ?? []).concat(markers.flatMap((m) => m.split(/\s+/)).filter(Boolean));
    return this;
  }

  get markers(): readonly string[] {
    return this._extras?.markers ?? [];
  }

  // ---- events -----------------------------------------------------------------------------

  /** Listens to a component event; the handler runs on the server with the event's arguments. */
  on(name: string, handler: EventHandler<this>, options: OnOptions = {}): this {
    const specChanged = addListener((this._listeners ??= {}), name, handler as EventHandler<never>, options);
    return specChanged ? this.changed(Field.Listeners) : this;
  }

  /** Stops listening (one handler, or every handler of that event). */
  off(name: string, handler?: EventHandler<this>): this {
    if (this._listeners && removeListener(this._listeners, name, handler as EventHandler<never> | undefined)) this.changed(Field.Listeners);
    return this;
  }

  /** Internal: the handlers of one event, or none. */
  handlersFor(name: string): readonly EventHandler<never>[] {
    return this._listeners ? handlersOf(this._listeners, name) : [];
  }

  // ---- value (the state and its rules are in elements/mixins/value.ts) -------------------

  /** Whether the tab may send this element a value: only value elements (`ValueElement`) have one. */
  get hasValue(): boolean {
    return false;
  }

  /** Internal: the tab changed the value; returns false when the element rejects it. */
  receiveValue(_value: unknown, _edits: number): boolean {
    return false;
  }

  /**
   * The tab's highest edit counter of the value seen so far (0 before the user edits): kept with
   * the extras, since most value elements are never edited while their page is open.
   */
  protected get seenEdits(): number {
    return this._extras?.edits ?? 0;
  }

  protected set seenEdits(edits: number) {
    this.extras().edits = edits;
  }

  // ---- bindings (the methods are in bindable.ts) -----------------------------------------

  /** Keeps a binding until this element is deleted (releases it at once if it already is). */
  holdBinding(binding: { dispose(): void }): void {
    if (this.deleted) return binding.dispose();
    const extras = this.extras();
    extras.disposers = inserted(extras.disposers, binding);
  }

  /**
   * Runs in this element's client: within the current scope when it is already this client's
   * (cheap: a change typed in a tab reaches that tab's other elements), otherwise in a scope at
   * this element, so that change handlers of a bound value element work from a timer too.
   */
  runBinding(apply: (value: unknown) => void, value: unknown): void {
    try {
      if (currentScope()?.client === this.client) apply(value);
      else runInScope({ client: this.client, parent: this.parent ?? this.client.content, slot: this.parent ? this.slot : 'default' }, () => apply(value));
    } catch (error) {
      this.client.reportError(error, { element: this, where: 'binding' });
    }
  }

  [startAnnouncing](): void {
    if (this.flag(Flag.Announces)) return;
    this.setFlag(Flag.Announces, true);
    this.onDispose(() => releaseSource(this));
  }

  /** Tells bindings that follow this element's `key` its new value (nothing to do when none do). */
  protected announceChange(key: string, value: unknown): void {
    if (this.flag(Flag.Announces)) announce(this, key, value);
  }

  // ---- scoped slots (used by table rows) --------------------------------------------------

  /** Renders this element only where the parent's scoped slot has this key. */
  scopeKey(key: string, scopeProp?: string): this {
    const extras = this.extras();
    extras.slotKey = key;
    extras.scopeProp = scopeProp;
    return this;
  }

  /** Declares slots whose children are matched to the slot scope by key. */
  protected setScopedSlots(names: string[]): void {
    const scopedSlots = names.length ? names : undefined;
    if (scopedSlots || this._extras) this.extras().scopedSlots = scopedSlots;
    this.changed(Field.ScopedSlots);
  }

  // ---- rendering (the outbox calls these) -------------------------------------------------

  /** A deleted element keeps its state on the server but sends nothing: the tab no longer has it. */
  protected changed(field: Field): this {
    if (this.deleted) return this;
    this.client.outbox.changed(this, field);
    this.client.scheduleFlush();
    return this;
  }

  toSpec(): ElementSpec {
    const spec: ElementSpec = { id: this.id, tag: this.tag };
    const extras = this._extras;
    if (this._props && hasKeys(this._props)) spec.p = this._props;
    if (this._classes) spec.c = this._classes as string[];
    if (this._style) spec.s = this._style;
    if (this._text !== undefined) spec.t = this._text;
    if (this._slots && (Array.isArray(this._slots) || hasKeys(this._slots))) spec.ch = this.childIds();
    if (this._listeners && hasKeys(this._listeners)) spec.on = listenerSpecs(this._listeners);
    if (!this.visible) spec.h = 1;
    if (extras) {
      if (extras.slotKey !== undefined) spec.k = extras.slotKey;
      if (extras.scopeProp) spec.sp = extras.scopeProp;
      if (extras.scopedSlots) spec.ss = extras.scopedSlots;
    }
    return spec;
  }

  toPatch(fields: number, props: ReadonlySet<string> | undefined): ElementPatch {
    const patch: ElementPatch = {};
    if (props) {
      for (const key of props) {
        if (this._props && Object.hasOwn(this._props, key)) (patch.p ??= {})[key] = this._props[key];
        else (patch.pd ??= []).push(key);
      }
    }
    if (fields & Field.Classes) patch.c = (this._classes ?? []) as string[];
    if (fields & Field.Style) patch.s = this._style ?? {};
    if (fields & Field.Text) patch.t = this._text ?? '';
    if (fields & Field.Children) patch.ch = this.childIds();
    if (fields & Field.Listeners) patch.on = listenerSpecs(this._listeners);
    if (fields & Field.Hidden) patch.h = this.visible ? 0 : 1;
    if (fields & Field.ScopedSlots) patch.ss = this._extras?.scopedSlots ?? [];
    return patch;
  }

  private childIds(): Record<string, number[]> {
    const ids: Record<string, number[]> = {};
    for (const slot of this.slotNames()) ids[slot] = this.children(slot).map((c) => c.id);
    return ids;
  }
}
