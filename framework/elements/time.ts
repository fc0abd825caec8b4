import { optionProps } from './mixins/builder.js';
import { DateMask } from './mixins/date-mask.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface TimeOptions {
  value?: string | null;
  /** How the value is written (Quasar's numeric mask tokens); default `HH:mm`. */
  mask?: string;
  /** A 24-hour clock (default true); false shows AM/PM. */
  format24h?: boolean;
  withSeconds?: boolean;
  nowBtn?: boolean;
  landscape?: boolean;
  minimal?: boolean;
  color?: string;
  readonly?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<string | null, TimePicker>;
}

const PROPS = ['withSeconds', 'nowBtn', 'landscape', 'minimal', 'color', 'readonly', 'disable'] as const;

/**
 * A clock to pick a time (QTime); the value is the time as the mask writes it. A value from the
 * tab that does not match the mask or is not a real time of day is rejected.
 */
export class TimePicker extends ValueElement<string | null> {
  readonly timeMask: DateMask;

  constructor(options: TimeOptions = {}) {
    const mask = new DateMask(options.mask ?? 'HH:mm');
    super('q-time', options.value ?? null);
    this.timeMask = mask;
    this.props({ mask: mask.mask, format24h: options.format24h ?? true, ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }

  protected override acceptValue(value: unknown): Accepted {
    return value === null || this.timeMask.matches(value) ? { ok: true, value } : { ok: false };
  }
}

/** `ui.time({ value: '12:30', onChange: e => ... })` */
export function time(options: TimeOptions = {}): TimePicker {
  return new TimePicker(options);
}
