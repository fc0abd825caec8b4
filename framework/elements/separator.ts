import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface SeparatorOptions {
  vertical?: boolean;
  inset?: boolean | 'item' | 'item-thumbnail';
  spaced?: boolean | string;
  color?: string;
  size?: string;
}

/** A Quasar separator line (QSeparator). */
export class Separator extends Element {
  constructor(options: SeparatorOptions = {}) {
    super('q-separator');
    this.props(optionProps(options, ['vertical', 'inset', 'spaced', 'color', 'size']));
  }
}

/** `ui.separator()`, `ui.separator({ vertical: true })` */
export function separator(options: SeparatorOptions = {}): Separator {
  return new Separator(options);
}
