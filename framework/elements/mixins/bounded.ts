import { ValueElement } from './value.js';

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** A number value kept within the `min` and `max` props (slider, pagination): moving a bound moves the value along. */
export class BoundedNumber extends ValueElement<number> {
  constructor(tag: string, min: number, max: number, value: number | undefined) {
    super(tag, clamp(value ?? min, min, max));
    this.props({ min, max });
  }

  get min(): number {
    return this.getProp('min') as number;
  }

  set min(value: number) {
    this.setProp('min', value);
    if (this.value < value) this.value = value;
  }

  get max(): number {
    return this.getProp('max') as number;
  }

  set max(value: number) {
    this.setProp('max', value);
    if (this.value > value) this.value = Math.max(this.min, value);
  }
}
