import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';
import { Menu, type MenuOptions } from './menu.js';

export type ContextMenuOptions = Omit<MenuOptions, 'touchPosition'>;

/**
 * A menu (QMenu with `context-menu`) that opens where the user right-clicks (or long-taps) the
 * current parent; its `ui.menuItem`s close it when clicked. The value is whether it is open.
 */
export class ContextMenu extends Menu {
  constructor(options: ContextMenuOptions = {}) {
    super({ ...options, touchPosition: true });
    this.setProp('contextMenu', true);
  }
}

/** `ui.card(() => { ui.contextMenu(() => { ui.menuItem('Delete', remove) }) })` */
export function contextMenu(options?: ContextMenuOptions | Builder, builder?: Builder): ContextMenu {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new ContextMenu(opts), build);
}
