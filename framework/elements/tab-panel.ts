import { Element } from '../core/element.js';
import { withBuilder, type Builder } from './mixins/builder.js';
import type { Tab } from './tab.js';

/** The content of one tab (QTabPanel), shown while the tab panels' value is its name. */
export class TabPanel extends Element {
  readonly name: string;

  constructor(name: string | Tab) {
    super('q-tab-panel');
    this.name = typeof name === 'string' ? name : name.name;
    this.setProp('name', this.name);
  }
}

/** `ui.tabPanel(settingsTab, () => { ... })` inside `ui.tabPanels(tabs, () => ...)` */
export function tabPanel(name: string | Tab, builder?: Builder): TabPanel {
  return withBuilder(new TabPanel(name), builder);
}
