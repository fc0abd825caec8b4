import { ValueElement, acceptBoolean, type Accepted } from './value.js';

/** An element whose value is whether it is open (expansion, menu): open, close, toggle. */
export class Openable extends ValueElement<boolean> {
  open(): this {
    this.value = true;
    return this;
  }

  close(): this {
    this.value = false;
    return this;
  }

  toggle(): this {
    this.value = !this.value;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    return acceptBoolean(value);
  }
}
