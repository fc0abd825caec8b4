import { createDrawer, type Drawer, type DrawerOptions } from './drawer.js';
import type { Builder } from './mixins/builder.js';

/** `const nav = ui.leftDrawer({ bordered: true }, () => { ... })`; `nav.toggle()` from a menu button. */
export function leftDrawer(options?: DrawerOptions | Builder, builder?: Builder): Drawer {
  return createDrawer('left', options, builder);
}
