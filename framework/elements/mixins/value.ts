import { Element, type ElementOptions } from '../../core/element.js';

export interface ValueChangeEvent<T, E extends Element = Element> {
  readonly sender: E;
  readonly value: T;
  readonly previous: T;
  /** True when the user changed it in the tab; false when server code did. */
  readonly fromUser: boolean;
}

export type ValueChangeHandler<T, E extends Element = Element> = (event: ValueChangeEvent<T, E>) => unknown;

/**
 * An element with a value the user edits in the tab (the component's modelValue).
 * The tab owns what the user is typing; the server's copy follows without echoing back.
 */
export class ValueElement<T> extends Element {
  private _changeHandlers: ValueChangeHandler<T, never>[] | undefined;

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
