import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { Openable } from './mixins/openable.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface ExpansionOptions {
  icon?: string;
  caption?: string;
  /** Start open. */
  value?: boolean;
  /** Only one expansion of the same group is open at a time. */
  group?: string;
  dense?: boolean;
  expandSeparator?: boolean;
  headerClass?: string;
  disable?: boolean;
  onChange?: ValueChangeHandler<boolean, Expansion>;
}

const PROPS = ['icon', 'caption', 'group', 'dense', 'expandSeparator', 'headerClass', 'disable'] as const;

/** A collapsible section (QExpansionItem); the value is whether it is open. */
export class Expansion extends Openable {
  constructor(text: string, options: ExpansionOptions = {}) {
    super('q-expansion-item', options.value ?? false);
    this.props({ ...(text ? { label: text } : {}), ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }

  get label(): string {
    return (this.getProp('label') as string | undefined) ?? '';
  }

  set label(text: string) {
    this.setProp('label', text || undefined);
  }
}

/** `ui.expansion('Details', { icon: 'info' }, () => { ... })` */
export function expansion(text: string, options?: ExpansionOptions | Builder, builder?: Builder): Expansion {
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new Expansion(text, opts), build);
}
