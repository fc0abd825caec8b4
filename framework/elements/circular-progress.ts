import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface CircularProgressOptions {
  value?: number;
  min?: number;
  max?: number;
  /** Shows the value (rounded) inside the circle. */
  showValue?: boolean;
  size?: string;
  color?: string;
  trackColor?: string;
  /** Ring thickness, 0..1 of the radius. */
  thickness?: number;
  rounded?: boolean;
  indeterminate?: boolean;
  instantFeedback?: boolean;
}

const PROPS = ['size', 'color', 'trackColor', 'thickness', 'rounded', 'indeterminate', 'instantFeedback'] as const;

/** A round progress indicator (QCircularProgress); set `.value` (min..max, default 0..1) to move it. */
export class CircularProgress extends Element {
  private readonly caption: Element | undefined;

  constructor(options: CircularProgressOptions = {}) {
    super('q-circular-progress');
    const min = options.min ?? 0;
    this.props({ min, max: options.max ?? 1, size: options.size ?? 'xl', ...optionProps(options, PROPS) });
    if (options.showValue) {
      this.setProp('showValue', true);
      this.caption = new Element('div', { parent: this });
    }
    this.value = options.value ?? min;
  }

  get min(): number {
    return this.getProp('min') as number;
  }

  get max(): number {
    return this.getProp('max') as number;
  }

  get value(): number {
    return this.getProp('value') as number;
  }

  /** Clamped to min..max; anything that is not a number counts as min. */
  set value(progress: number) {
    const value = Number.isFinite(progress) ? Math.min(this.max, Math.max(this.min, progress)) : this.min;
    this.setProp('value', value);
    if (this.caption) this.caption.text = String(Math.round(value * 100) / 100);
  }
}

/** `const ring = ui.circularProgress({ value: 0.3, showValue: true }); ring.value = 0.8` */
export function circularProgress(options: CircularProgressOptions = {}): CircularProgress {
  return new CircularProgress(options);
}
