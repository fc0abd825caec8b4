import { Element, type ElementOptions } from '../../core/element.js';
import { Field } from '../../core/outbox.js';
import type { ElementPatch } from '../../protocol/messages.js';

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
 */
export class ValueElement<T> extends Element {
  private _changeHandlers: ValueChangeHandler<T, never>[] | undefined;
  /** The tab's highest edit counter seen, accepted or not (the core only records accepted ones). */
  private _seenEdits = 0;
  /** Whether a rejected or normalized value is corrected in the tab at once (a number input waits for blur). */
  protected correctsTab = true;

  constructor(tag: string, value: T, options?: ElementOptions) {
    super(tag, options);
    this._hasValue = true;
    this._value = value;
  }

  get value(): T {
    return this._value as T;
  }

  /** Sets the value from server code; change handlers run, and the tab follows. */
  set value(value: T) {
    const previous = this._value as T;
    if (this.setValueFromServer(value)) this.emitChange(previous, false);
  }

  /** Runs `handler` whenever the value changes, from the user or from server code. */
  onChange(handler: ValueChangeHandler<T, this>): this {
    (this._changeHandlers ??= []).push(handler as ValueChangeHandler<T, never>);
    return this;
  }

  /** Removes a change handler added with `onChange`. */
  offChange(handler: ValueChangeHandler<T, this>): this {
    this._changeHandlers = this._changeHandlers?.filter((h) => h !== (handler as ValueChangeHandler<T, never>));
    return this;
  }

  override receiveValue(value: unknown, edits: number): boolean {
    const accepted = super.receiveValue(value, edits);
    this._seenEdits = Math.max(this._seenEdits, edits);
    if (this.correctsTab && (!accepted || !sameValue(this._value, value))) this.resendValue();
    return accepted;
  }

  /** Sends the server's value to the tab again, superseding the tab's edits seen so far. */
  protected resendValue(): void {
    this.changed(Field.Value);
  }

  override toPatch(fields: number, props: ReadonlySet<string> | undefined): ElementPatch {
    const patch = super.toPatch(fields, props);
    if ('v' in patch && this._seenEdits > (patch.vn ?? 0)) patch.vn = this._seenEdits;
    return patch;
  }

  protected override valueReceived(previous: unknown): void {
    this.emitChange(previous as T, true);
  }

  private emitChange(previous: T, fromUser: boolean): void {
    if (!this._changeHandlers) return;
    const event: ValueChangeEvent<T, this> = { sender: this, value: this._value as T, previous, fromUser };
    for (const handler of this._changeHandlers)
      this.client.runSafely(() => (handler as ValueChangeHandler<T, this>)(event), { element: this, where: 'change handler' });
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
