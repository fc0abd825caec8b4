import { Element } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { optionProps } from './mixins/builder.js';

/** Quasar's spinner variants; each is its own component (`q-spinner-dots`, ...). */
export const SPINNER_TYPES = [
  'default', 'audio', 'ball', 'bars', 'box', 'clock', 'comment', 'cube', 'dots', 'facebook', 'gears', 'grid',
  'hearts', 'hourglass', 'infinity', 'ios', 'orbit', 'oval', 'pie', 'puff', 'radio', 'rings', 'tail',
] as const;

export type SpinnerType = (typeof SPINNER_TYPES)[number];

export interface SpinnerOptions {
  size?: string;
  color?: string;
  /** Line thickness (only the default spinner). */
  thickness?: number;
}

/** A loading spinner (QSpinner or one of its variants). */
export class Spinner extends Element {
  constructor(type: SpinnerType = 'default', options: SpinnerOptions = {}) {
    if (!SPINNER_TYPES.includes(type)) throw new KiteError(`unknown spinner type "${type}"; known: ${SPINNER_TYPES.join(', ')}`);
    super(type === 'default' ? 'q-spinner' : `q-spinner-${type}`);
    this.props({ size: options.size ?? '1em', ...optionProps(options, ['color', 'thickness']) });
  }
}

/** `ui.spinner()`, `ui.spinner('dots', { size: 'lg', color: 'primary' })` */
export function spinner(type: SpinnerType = 'default', options: SpinnerOptions = {}): Spinner {
  return new Spinner(type, options);
}
