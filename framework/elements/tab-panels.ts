import { optionProps, type Builder } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';
import { namesBelow, type Tab } from './tab.js';
import { TabPanel } from './tab-panel.js';
import { Tabs, tabName } from './tabs.js';

export interface TabPanelsOptions {
  /** The visible panel (by name or tab); defaults to the linked tabs' value, else the first panel. */
  value?: string | Tab;
  /** Slide between panels (default true). */
  animated?: boolean;
  /** Keep the content of hidden panels alive in the tab (default true). */
  keepAlive?: boolean;
  swipeable?: boolean;
  vertical?: boolean;
  onChange?: ValueChangeHandler<string | null, TabPanels>;
}

/**
 * The panels of a set of tabs (QTabPanels); the value is the visible panel's name. Linked to a
 * `ui.tabs`, it follows the active tab (and the tabs follow it), on the server.
 */
export class TabPanels extends ValueElement<string | null> {
  constructor(options: TabPanelsOptions = {}) {
    super('q-tab-panels', tabName(options.value));
    this.props({ animated: options.animated ?? true, keepAlive: options.keepAlive ?? true, ...optionProps(options, ['swipeable', 'vertical']) });
  }

  get names(): string[] {
    return namesBelow(this, TabPanel);
  }

  /** Keeps these panels and `tabs` showing the same name, until either is deleted. */
  link(tabs: Tabs): this {
    const follow = (e: { value: string | null }): void => {
      if (!this.deleted) this.value = e.value;
    };
    const lead = (e: { value: string | null }): void => {
      if (!tabs.deleted) tabs.value = e.value;
    };
    tabs.onChange(follow);
    this.onChange(lead);
    this.onDispose(() => tabs.offChange(follow));
    if (tabs.value !== null) this.value = tabs.value;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    return typeof value === 'string' && this.names.includes(value) ? { ok: true, value } : { ok: false };
  }
}

/** `ui.tabPanels(tabs, () => { ui.tabPanel('a', () => ...); ui.tabPanel('b', () => ...) })` */
export function tabPanels(tabs?: Tabs | TabPanelsOptions | Builder, options?: TabPanelsOptions | Builder, builder?: Builder): TabPanels {
  const linked = tabs instanceof Tabs ? tabs : undefined;
  const args = (linked ? [options, builder] : [tabs, options]) as [TabPanelsOptions | Builder | undefined, Builder | undefined];
  const opts = typeof args[0] === 'function' ? {} : (args[0] ?? {});
  const build = typeof args[0] === 'function' ? args[0] : args[1];
  const el = new TabPanels(opts);
  if (build) el.within(build);
  if (linked) el.link(linked);
  if (el.value === null && el.names.length) el.value = el.names[0]!;
  if (opts.onChange) el.onChange(opts.onChange);
  return el;
}
