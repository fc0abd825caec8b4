import { Element } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';

export interface ItemSectionOptions {
  /** A narrow section for an avatar or icon. */
  avatar?: boolean;
  thumbnail?: boolean;
  /** A section at the right end (meta information, actions). */
  side?: boolean;
  /** Aligned to the top instead of the middle. */
  top?: boolean;
  noWrap?: boolean;
}

/** A column of a list item (QItemSection): main content, an avatar, or a side section. */
export class ItemSection extends Element {
  constructor(text = '', options: ItemSectionOptions = {}, parent?: Element) {
    super('q-item-section', parent ? { parent } : {});
    this.props(optionProps(options, ['avatar', 'thumbnail', 'side', 'top', 'noWrap']));
    if (text) this.text = text;
  }
}

/** `ui.itemSection('Title')`, `ui.itemSection({ avatar: true }, () => ui.icon('inbox'))` */
export function itemSection(text?: string | ItemSectionOptions | Builder, options?: ItemSectionOptions | Builder, builder?: Builder): ItemSection {
  if (typeof text !== 'string') return itemSection('', text, options as Builder | undefined);
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new ItemSection(text, opts), build);
}
