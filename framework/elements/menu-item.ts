import { Element, type EventHandler } from '../core/element.js';
import { withBuilder, type Builder } from './mixins/builder.js';
import { Menu } from './menu.js';

export interface MenuItemOptions {
  /** Close the menu when the item is clicked (default true). */
  autoClose?: boolean;
  disable?: boolean;
  onClick?: EventHandler<MenuItem>;
}

/** A clickable entry of a menu (QItem); clicking it runs its handler and closes the menu. */
export class MenuItem extends Element {
  constructor(text: string, options: MenuItemOptions = {}) {
    super('q-item');
    this.props({ clickable: true, ...(options.disable ? { disable: true } : {}) });
    this.text = text;
    // Registered first, so the menu closes even when the page's handler fails.
    this.on('click', () => {
      if (options.autoClose !== false) this.menu?.close();
    });
    if (options.onClick) this.onClick(options.onClick);
  }

  /** The menu this item belongs to (its nearest Menu ancestor). */
  get menu(): Menu | undefined {
    for (let el = this.parent; el; el = el.parent) if (el instanceof Menu) return el;
    return undefined;
  }

  onClick(handler: EventHandler<this>): this {
    return this.on('click', handler);
  }
}

/** `ui.menuItem('Delete', () => remove(item), { autoClose: false })` */
export function menuItem(text: string, onClick?: EventHandler<MenuItem> | MenuItemOptions, options: MenuItemOptions = {}, builder?: Builder): MenuItem {
  const opts = typeof onClick === 'function' ? { ...options, onClick } : { ...options, ...onClick };
  return withBuilder(new MenuItem(text, opts), builder);
}
