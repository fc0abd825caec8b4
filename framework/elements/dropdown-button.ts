import type { EventHandler } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { Openable } from './mixins/openable.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface DropdownButtonOptions {
  /** Start open. */
  value?: boolean;
  icon?: string;
  color?: string;
  textColor?: string;
  flat?: boolean;
  outline?: boolean;
  dense?: boolean;
  noCaps?: boolean;
  /** A click inside the dropdown closes it (default false, as in Quasar). */
  autoClose?: boolean;
  /** The label is a button of its own (`onClick`); only the arrow opens the dropdown. */
  split?: boolean;
  dropdownIcon?: string;
  disable?: boolean;
  onClick?: EventHandler<DropdownButton>;
  onChange?: ValueChangeHandler<boolean, DropdownButton>;
}

const PROPS = ['icon', 'color', 'textColor', 'flat', 'outline', 'dense', 'noCaps', 'autoClose', 'split', 'dropdownIcon', 'disable'] as const;

/** A button that opens a dropdown of its children (QBtnDropdown); the value is whether it is open. */
export class DropdownButton extends Openable {
  constructor(text: string, options: DropdownButtonOptions = {}) {
    super('q-btn-dropdown', options.value ?? false);
    this.props({ ...(text ? { label: text } : {}), ...optionProps(options, PROPS) });
    if (options.onClick) this.on('click', options.onClick);
    if (options.onChange) this.onChange(options.onChange);
  }

  get label(): string {
    return (this.getProp('label') as string | undefined) ?? '';
  }

  set label(text: string) {
    this.setProp('label', text || undefined);
  }
}

/** `ui.dropdownButton('Export', { autoClose: true }, () => { ui.item('CSV', toCsv) })` */
export function dropdownButton(text: string, options?: DropdownButtonOptions | Builder, builder?: Builder): DropdownButton {
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new DropdownButton(text, opts), build);
}
