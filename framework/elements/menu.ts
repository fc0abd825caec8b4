import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';
import { Openable } from './mixins/openable.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface MenuOptions {
  /** Start open. */
  value?: boolean;
  /** Opens where the parent was clicked instead of below it. */
  touchPosition?: boolean;
  anchor?: string;
  self?: string;
  fit?: boolean;
  cover?: boolean;
  onChange?: ValueChangeHandler<boolean, Menu>;
}

/**
 * A popup menu (QMenu) attached to the current parent (usually a button, which opens it on
 * click). The value is whether it is open; menu items close it when clicked.
 */
export class Menu extends Openable {
  constructor(options: MenuOptions = {}) {
    super('q-menu', options.value ?? false);
    this.props(optionProps(options, ['touchPosition', 'anchor', 'self', 'fit', 'cover']));
    if (options.onChange) this.onChange(options.onChange);
  }
}

/** `ui.button('More', () => {}, () => ui.menu(() => { ui.menuItem('Edit', edit) }))` */
export function menu(options?: MenuOptions | Builder, builder?: Builder): Menu {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Menu(opts), build);
}
