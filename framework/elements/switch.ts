import { Checkbox, type CheckboxOptions } from './checkbox.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface SwitchOptions extends CheckboxOptions {
  icon?: string;
}

/** A Quasar toggle switch (QToggle); the value is a boolean. */
export class Switch extends Checkbox {
  constructor(text: string, options: SwitchOptions = {}) {
    super('q-toggle', text, options);
    if (options.icon) this.setProp('icon', options.icon);
  }
}

/** `ui.switch('Dark mode', e => ...)` (exported from `ui` as `switch`). */
export function switch_(text = '', options: SwitchOptions | ValueChangeHandler<boolean, Switch> = {}): Switch {
  return new Switch(text, typeof options === 'function' ? { onChange: options as ValueChangeHandler<boolean, Checkbox> } : options);
}
