import { Element } from '../core/element.js';

export interface TabOptions {
  /** Shown on the tab; defaults to the name. */
  label?: string;
  icon?: string;
  disable?: boolean;
}

/** One tab of `ui.tabs` (QTab); `name` identifies it in the tabs' value and in tab panels. */
export class Tab extends Element {
  readonly name: string;

  constructor(name: string, options: TabOptions = {}) {
    super('q-tab');
    this.name = name;
    this.props({ name, label: options.label ?? name, ...(options.icon ? { icon: options.icon } : {}), ...(options.disable ? { disable: true } : {}) });
  }

  get label(): string {
    return (this.getProp('label') as string | undefined) ?? '';
  }

  set label(text: string) {
    this.setProp('label', text);
  }
}

/** `ui.tab('settings', { label: 'Settings', icon: 'settings' })` inside `ui.tabs(() => ...)` */
export function tab(name: string, options: TabOptions = {}): Tab {
  return new Tab(name, options);
}

/** Names of the elements of a class below `root` (e.g. the tabs of a QTabs), in tree order. */
export function namesBelow(root: Element, kind: abstract new (...args: never[]) => Element & { readonly name: string }): string[] {
  const names: string[] = [];
  const visit = (el: Element): void => {
    for (const slot of el.slotNames())
      for (const child of el.children(slot)) {
        if (child instanceof kind) names.push(child.name);
        else visit(child);
      }
  };
  visit(root);
  return names;
}
