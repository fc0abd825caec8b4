import { createDrawer, type Drawer, type DrawerOptions } from './drawer.js';
import type { Builder } from './mixins/builder.js';

/** `ui.rightDrawer({ value: false }, () => { ... })` */
export function rightDrawer(options?: DrawerOptions | Builder, builder?: Builder): Drawer {
  return createDrawer('right', options, builder);
}
