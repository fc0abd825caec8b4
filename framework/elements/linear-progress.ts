import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface LinearProgressOptions {
  /** Progress from 0 to 1. */
  value?: number;
  /** Shows the percentage inside the bar. */
  showValue?: boolean;
  size?: string;
  color?: string;
  trackColor?: string;
  rounded?: boolean;
  stripe?: boolean;
  indeterminate?: boolean;
  /** Skips the animation between values. */
  instantFeedback?: boolean;
}

const PROPS = ['size', 'color', 'trackColor', 'rounded', 'stripe', 'indeterminate', 'instantFeedback'] as const;

/** A progress bar (QLinearProgress); set `.value` (0..1) to move it. */
export class LinearProgress extends Element {
  private readonly caption: Element | undefined;

  constructor(options: LinearProgressOptions = {}) {
    super('q-linear-progress');
    this.props({ ...optionProps(options, PROPS), ...(options.showValue && !options.size ? { size: '20px' } : {}) });
    // A white badge in the middle, readable over the bar and over the track alike.
    if (options.showValue) {
      const middle = new Element('div', { parent: this }).classes('absolute-full flex flex-center');
      this.caption = new Element('q-badge', { parent: middle }).props({ color: 'white', textColor: options.color ?? 'primary' });
    }
    this.value = options.value ?? 0;
  }

  get value(): number {
    return this.getProp('value') as number;
  }

  /** Clamped to 0..1; anything that is not a number counts as 0. */
  set value(progress: number) {
    const value = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
    this.setProp('value', value);
    if (this.caption) this.caption.text = `${Math.round(value * 100)}%`;
  }
}

/** `const bar = ui.linearProgress({ value: 0.3, showValue: true }); bar.value = 0.8` */
export function linearProgress(options: LinearProgressOptions = {}): LinearProgress {
  return new LinearProgress(options);
}
