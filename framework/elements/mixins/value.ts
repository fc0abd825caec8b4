import { into, type KeyFrom, type KeyOf, type KeyTo, type SourceKey, type Transforms } from '../../core/bindable.js';
import { bindOneWay, bindTwoWay } from '../../core/binding.js';
import { Element, type ElementOptions } from '../../core/element.js';
import { Field } from '../../core/outbox.js';
import type { ElementPatch, ElementSpec } from '../../protocol/messages.js';

export interface ValueChangeEvent<T, E extends Element = Element> {
  readonly sender: E;
  readonly value: T;
  readonly previous: T;
  /** True when the user changed it in the tab; false when server code did. */
  readonly fromUser: boolean;
}

export type ValueChangeHandler<T, E extends Element = Element> = (event: ValueChangeEvent<T, E>) => unknown;

/** The result of `acceptValue`: the (normalized) value to keep, or a rejection. */
export type Accepted = { ok: true; value: unknown } | { ok: false };

/**
 * An element with a value the user edits in the tab (the component's modelValue).
 * The tab owns what the user is typing; the server's copy follows without echoing back.
 * When the server rejects or normalizes a value from the tab (a forged select option, a slider
 * value beyond `max`), it sends its own value back so the tab shows what the server holds.
 *
 * Only value elements carry the value's fields (each field is a slot in every instance), and
 * the tab's edit counter lives in the element's extras (`seenEdits`) until the user edits.
 */
export class ValueElement<T> extends Element {
  protected _value: unknown;
  private _changeHandlers: ValueChangeHandler<T, never>[] | undefined;

  constructor(tag: string, value: T, options?: ElementOptions) {
    super(tag, options);
    this._value = value;
  }

  override get hasValue(): boolean {
    return true;
  }

  /** Whether a rejected or normalized value is corrected in the tab at once (a number input waits for blur). */
  protected get correctsTab(): boolean {
    return true;
  }

  get value(): T {
    return this._value as T;
  }

  /** Sets the value from server code; change handlers run, and the tab follows. */
  set value(value: T) {
    const previous = this._value as T;
    if (Object.is(value, previous) && (value === null || typeof value !== 'object')) return;
    this._value = value;
    this.changed(Field.Value);
    this.emitChange(previous, false);
  }

  /** Runs `handler` whenever the value changes, from the user or from server code. */
  onChange(handler: ValueChangeHandler<T, this>): this {
    // A literal for the first handler: `[].push` would leave 16 spare slots in every value element with one.
    if (this._changeHandlers) this._changeHandlers.push(handler as ValueChangeHandler<T, never>);
    else this._changeHandlers = [handler as ValueChangeHandler<T, never>];
    return this;
  }

  /** Removes a change handler added with `onChange`. */
  offChange(handler: ValueChangeHandler<T, this>): this {
    this._changeHandlers = this._changeHandlers?.filter((h) => h !== (handler as ValueChangeHandler<T, never>));
    return this;
  }

  /** Keeps the value equal to `source[key]` (through `transform`); what the user types stays local. */
  bindValueFrom<S extends object, K extends KeyFrom<S, T>>(source: S, key: K): this;
  bindValueFrom<S extends object, K extends SourceKey<S>>(source: S, key: K, transform: (value: S[K]) => T): this;
  bindValueFrom(source: object, key: string, transform?: (value: never) => T): this {
    this.checkPeer(source);
    bindOneWay(this, source, key, (value) => (this.value = transform ? transform(value as never) : (value as T)));
    return this;
  }

  /** Writes the value, whether typed by the user or set by server code, into `target[key]`. */
  bindValueTo<S extends object, K extends KeyTo<S, T>>(target: S, key: K): this;
  bindValueTo<S extends object, K extends SourceKey<S>>(target: S, key: K, transform: (value: T) => S[K]): this;
  bindValueTo(target: object, key: string, transform?: (value: never) => unknown): this {
    this.checkPeer(target);
    bindOneWay(this, this, 'value', into(target, key, transform));
    return this;
  }

  /**
   * Two-way between the value and `model[key]`, starting from the model's value. What the user
   * types goes to the model and on to every other element bound to it, but is not sent back to
   * the tab that typed it. Transforms are needed where the types differ (`forward`: value to
   * model, `backward`: model to value).
   */
  bindValue<S extends object, K extends KeyOf<S, T>>(model: S, key: K, transforms?: Transforms<T, S[K]>): this;
  bindValue<S extends object, K extends SourceKey<S>>(model: S, key: K, transforms: Required<Transforms<T, S[K]>>): this;
  bindValue(model: object, key: string, transforms: { forward?: (value: never) => unknown; backward?: (value: never) => T } = {}): this {
    this.checkPeer(model);
    const { forward, backward } = transforms;
    bindTwoWay(this, this, 'value', model, key, (value) => (this.value = backward ? backward(value as never) : (value as T)), into(model, key, forward));
    return this;
  }

  /**
   * Internal: the tab changed the value. Nothing is echoed to that tab; `edits` is remembered so
   * a later server-side change tells the tab which of its edits it already accounts for.
   */
  override receiveValue(value: unknown, edits: number): boolean {
    if (edits > this.seenEdits) this.seenEdits = edits;
    const accepted = this.acceptValue(value);
    if (accepted.ok) {
      const previous = this._value as T;
      this._value = accepted.value;
      this.emitChange(previous, true);
    }
    if (this.correctsTab && (!accepted.ok || !sameValue(this._value, value))) this.resendValue();
    return accepted.ok;
  }

  /** Validates a value from the tab (elements narrow this: a select accepts only its options). */
  protected acceptValue(value: unknown): Accepted {
    return { ok: true, value };
  }

  /** Sends the server's value to the tab again, superseding the tab's edits seen so far. */
  protected resendValue(): void {
    this.changed(Field.Value);
  }

  override toSpec(): ElementSpec {
    const spec = super.toSpec();
    spec.v = this._value;
    return spec;
  }

  override toPatch(fields: number, props: ReadonlySet<string> | undefined): ElementPatch {
    const patch = super.toPatch(fields, props);
    if (fields & Field.Value) {
      patch.v = this._value ?? null;
      const edits = this.seenEdits;
      if (edits) patch.vn = edits;
    }
    return patch;
  }

  private emitChange(previous: T, fromUser: boolean): void {
    if (this._changeHandlers) {
      const event: ValueChangeEvent<T, this> = { sender: this, value: this._value as T, previous, fromUser };
      for (const handler of this._changeHandlers)
        this.client.runSafely(() => (handler as ValueChangeHandler<T, this>)(event), { element: this, where: 'change handler' });
    }
    this.announceChange('value', this._value);
  }
}

/** Accepts only booleans (checkboxes, switches, open states). */
export function acceptBoolean(value: unknown): Accepted {
  return typeof value === 'boolean' ? { ok: true, value } : { ok: false };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
