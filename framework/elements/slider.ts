import { optionProps } from './mixins/builder.js';
import { BoundedNumber, clamp } from './mixins/bounded.js';
import type { Accepted, ValueChangeHandler } from './mixins/value.js';

export interface SliderOptions {
  min?: number;
  max?: number;
  step?: number;
  value?: number;
  label?: boolean;
  markers?: boolean | number;
  snap?: boolean;
  color?: string;
  vertical?: boolean;
  reverse?: boolean;
  dense?: boolean;
  disable?: boolean;
  readonly?: boolean;
  onChange?: ValueChangeHandler<number, Slider>;
}

const PROPS = ['step', 'label', 'markers', 'snap', 'color', 'vertical', 'reverse', 'dense', 'disable', 'readonly'] as const;

/**
 * A Quasar slider (QSlider). The value stays within [min, max]: a value from the tab outside it
 * is clamped (and the tab corrected), a non-number is rejected.
 */
export class Slider extends BoundedNumber {
  constructor(options: SliderOptions = {}) {
    super('q-slider', options.min ?? 0, options.max ?? 100, options.value);
    this.props(optionProps(options, PROPS));
    if (options.onChange) this.onChange(options.onChange);
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false };
    return { ok: true, value: clamp(value, this.min, this.max) };
  }
}

/** `ui.slider({ min: 0, max: 10, value: 5, onChange: e => ... })` */
export function slider(options: SliderOptions = {}): Slider {
  return new Slider(options);
}
