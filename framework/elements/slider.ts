import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

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
export class Slider extends ValueElement<number> {
  constructor(options: SliderOptions = {}) {
    const min = options.min ?? 0;
    const max = options.max ?? 100;
    super('q-slider', clamp(options.value ?? min, min, max));
    this.props({ min, max, ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
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
    if (this.value > value) this.value = value;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false };
    return { ok: true, value: clamp(value, this.min, this.max) };
  }
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** `ui.slider({ min: 0, max: 10, value: 5, onChange: e => ... })` */
export function slider(options: SliderOptions = {}): Slider {
  return new Slider(options);
}
