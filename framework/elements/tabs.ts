import { optionProps, splitArgs, type Builder } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';
import { Tab, namesBelow } from './tab.js';

export interface TabsOptions {
  /** The active tab (by name or element); defaults to the first tab. */
  value?: string | Tab;
  align?: 'left' | 'center' | 'right' | 'justify';
  vertical?: boolean;
  dense?: boolean;
  activeColor?: string;
  indicatorColor?: string;
  noCaps?: boolean;
  onChange?: ValueChangeHandler<string | null, Tabs>;
}

const PROPS = ['align', 'vertical', 'dense', 'activeColor', 'indicatorColor', 'noCaps'] as const;

/** A row of tabs (QTabs); the value is the active tab's name. Only names of its tabs are accepted. */
export class Tabs extends ValueElement<string | null> {
  constructor(options: TabsOptions = {}) {
    super('q-tabs', tabName(options.value));
    this.props(optionProps(options, PROPS));
  }

  /** Names of the tabs inside, in order. */
  get names(): string[] {
    return namesBelow(this, Tab);
  }

  /** Activates a tab by name or element. */
  set active(tab: string | Tab) {
    this.value = tabName(tab);
  }

  protected override acceptValue(value: unknown): Accepted {
    return typeof value === 'string' && this.names.includes(value) ? { ok: true, value } : { ok: false };
  }
}

export function tabName(tab: string | Tab | null | undefined): string | null {
  return tab instanceof Tab ? tab.name : (tab ?? null);
}

/** `const tabs = ui.tabs(() => { ui.tab('a', { label: 'A' }); ui.tab('b') })` */
export function tabs(options?: TabsOptions | Builder, builder?: Builder): Tabs {
  const [opts, build] = splitArgs(options, builder);
  const el = new Tabs(opts);
  if (build) el.within(build);
  if (el.value === null && el.names.length) el.value = el.names[0]!;
  if (opts.onChange) el.onChange(opts.onChange);
  return el;
}
