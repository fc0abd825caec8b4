import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

/** The two ends of a range. */
export interface RangeValue {
  min: number;
  max: number;
}

export interface RangeOptions {
  /** Default: the whole span, min..max. */
  value?: RangeValue;
  min?: number;
  max?: number;
  step?: number;
  label?: boolean;
  markers?: boolean | number;
  snap?: boolean;
  /** The user can drag the selected span as a whole. */
  dragRange?: boolean;
  color?: string;
  vertical?: boolean;
  reverse?: boolean;
  dense?: boolean;
  disable?: boolean;
  readonly?: boolean;
  onChange?: ValueChangeHandler<RangeValue, Range>;
}

const PROPS = ['step', 'label', 'markers', 'snap', 'dragRange', 'color', 'vertical', 'reverse', 'dense', 'disable', 'readonly'] as const;

/**
 * A slider with two handles (QRange); the value is `{ min, max }`. Ends from the tab beyond the
 * limits are clamped (and the tab corrected); anything else but two ordered numbers is rejected.
 */
export class Range extends ValueElement<RangeValue> {
  constructor(options: RangeOptions = {}) {
    const min = options.min ?? 0;
    const max = options.max ?? 100;
    const value = options.value ?? { min, max };
    super('q-range', { min: clamp(value.min, min, max), max: clamp(value.max, min, max) });
    this.props({ min, max, ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }

  get min(): number {
    return this.getProp('min') as number;
  }

  get max(): number {
    return this.getProp('max') as number;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'object' || value === null) return { ok: false };
    const { min, max } = value as Record<string, unknown>;
    if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max) || min > max) return { ok: false };
    return { ok: true, value: { min: clamp(min, this.min, this.max), max: clamp(max, this.min, this.max) } };
  }
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** `ui.range({ min: 0, max: 100, value: { min: 20, max: 80 }, onChange: e => ... })` */
export function range(options: RangeOptions = {}): Range {
  return new Range(options);
}
