import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface RatingOptions {
  value?: number;
  /** Number of icons (default 5). */
  max?: number;
  icon?: string;
  iconSelected?: string;
  /** Shown for a half icon when the value (set by the server) is fractional. */
  iconHalf?: string;
  color?: string;
  size?: string;
  /** Clicking the current value again does not reset the rating to 0. */
  noReset?: boolean;
  readonly?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<number, Rating>;
}

const PROPS = ['icon', 'iconSelected', 'iconHalf', 'color', 'size', 'noReset', 'readonly', 'disable'] as const;

/** Stars to click (QRating); the value is how many are chosen. The tab may only send whole numbers 0..max. */
export class Rating extends ValueElement<number> {
  constructor(options: RatingOptions = {}) {
    super('q-rating', options.value ?? 0);
    this.props({ max: options.max ?? 5, size: '2em', ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }

  get max(): number {
    return this.getProp('max') as number;
  }

  set max(value: number) {
    this.setProp('max', value);
    if (this.value > value) this.value = value;
  }

  protected override acceptValue(value: unknown): Accepted {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= this.max;
    if (ok && value === 0 && this.getProp('noReset')) return { ok: false };
    return ok ? { ok: true, value } : { ok: false };
  }
}

/** `ui.rating({ value: 3, max: 5, onChange: e => save(e.value) })` */
export function rating(options: RatingOptions = {}): Rating {
  return new Rating(options);
}
