import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface ItemLabelOptions {
  /** A small line above the label. */
  overline?: boolean;
  /** A secondary line under the label. */
  caption?: boolean;
  /** A list header. */
  header?: boolean;
  /** Cuts the text after this many lines. */
  lines?: number;
}

/** A line of text in a list item (QItemLabel): a label, caption, overline or header. */
export class ItemLabel extends Element {
  constructor(text: string, options: ItemLabelOptions = {}) {
    super('q-item-label');
    this.props(optionProps(options, ['overline', 'caption', 'header', 'lines']));
    this.text = text;
  }
}

/** `ui.itemLabel('Jane Doe')`, `ui.itemLabel('jane@example.com', { caption: true })` */
export function itemLabel(text: string, options: ItemLabelOptions = {}): ItemLabel {
  return new ItemLabel(text, options);
}
