import { Element, type EventHandler } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { ItemSection } from './item-section.js';

export interface ItemOptions {
  /** Highlighted as the current item. */
  active?: boolean;
  activeClass?: string;
  dense?: boolean;
  /** Indentation (left padding) in multiples of the item's padding. */
  insetLevel?: number;
  disable?: boolean;
  /** Makes the item clickable (with hover and ripple). */
  onClick?: EventHandler<Item>;
}

/**
 * One row of a list (QItem). A text becomes one item section; other content goes in the builder,
 * usually as `ui.itemSection`s. An item with a click handler is clickable.
 */
export class Item extends Element {
  constructor(text: string, options: ItemOptions = {}) {
    super('q-item');
    this.props(optionProps(options, ['active', 'activeClass', 'dense', 'insetLevel', 'disable']));
    if (text) new ItemSection(text, {}, this);
    if (options.onClick) this.onClick(options.onClick);
  }

  onClick(handler: EventHandler<this>): this {
    this.setProp('clickable', true);
    return this.on('click', handler);
  }
}

/**
 * `ui.item('Inbox', () => open('inbox'))` (a function after the text is the click handler),
 * `ui.item(() => { ui.itemSection(...) })`, `ui.item('', { dense: true, onClick }, () => ...)`
 */
export function item(text: string | Builder = '', options: ItemOptions | EventHandler<Item> = {}, builder?: Builder): Item {
  if (typeof text === 'function') return withBuilder(new Item('', {}), text);
  return withBuilder(new Item(text, typeof options === 'function' ? { onClick: options } : options), builder);
}
