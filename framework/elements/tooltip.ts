import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface TooltipOptions {
  delay?: number;
  anchor?: string;
  self?: string;
  offset?: [number, number];
  maxWidth?: string;
}

/** A tooltip (QTooltip) shown when the pointer rests on the current parent. */
export class Tooltip extends Element {
  constructor(text: string, options: TooltipOptions = {}) {
    super('q-tooltip');
    this.props(optionProps(options, ['delay', 'anchor', 'self', 'offset', 'maxWidth']));
    this.text = text;
  }
}

/** `ui.button('Save', save).within(() => ui.tooltip('Saves the draft'))` */
export function tooltip(text: string, options: TooltipOptions = {}): Tooltip {
  return new Tooltip(text, options);
}
