import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface KnobOptions {
  value?: number;
  min?: number;
  max?: number;
  step?: number;
  /** Shows the value in the middle of the knob. */
  showValue?: boolean;
  size?: string;
  color?: string;
  centerColor?: string;
  trackColor?: string;
  /** Ring thickness, 0..1 of the radius. */
  thickness?: number;
  readonly?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<number, Knob>;
}

const PROPS = ['step', 'size', 'color', 'centerColor', 'trackColor', 'thickness', 'readonly', 'disable'] as const;

/** A round dial the user turns (QKnob). Values from the tab outside min..max, or not numbers, are rejected. */
export class Knob extends ValueElement<number> {
  private readonly caption: Element | undefined;

  constructor(options: KnobOptions = {}) {
    const min = options.min ?? 0;
    super('q-knob', options.value ?? min);
    this.props({ min, max: options.max ?? 1, step: 0.01, ...optionProps(options, PROPS) });
    if (options.showValue) {
      this.setProp('showValue', true);
      this.caption = new Element('div', { parent: this });
      this.onChange(() => this.showValue());
      this.showValue();
    }
    if (options.onChange) this.onChange(options.onChange);
  }

  get min(): number {
    return this.getProp('min') as number;
  }

  get max(): number {
    return this.getProp('max') as number;
  }

  private showValue(): void {
    if (this.caption) this.caption.text = String(this.value);
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < this.min || value > this.max) return { ok: false };
    return { ok: true, value };
  }
}

/** `ui.knob({ value: 0.3, showValue: true })`, `ui.knob({ min: 0, max: 100, step: 1 })` */
export function knob(options: KnobOptions = {}): Knob {
  return new Knob(options);
}
