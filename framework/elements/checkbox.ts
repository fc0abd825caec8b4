import { optionProps } from './mixins/builder.js';
import { ValueElement, acceptBoolean, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface CheckboxOptions {
  value?: boolean;
  color?: string;
  dense?: boolean;
  leftLabel?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<boolean, Checkbox>;
}

/** A Quasar checkbox (QCheckbox); the value is a boolean. */
export class Checkbox extends ValueElement<boolean> {
  constructor(tag: string, text: string, options: CheckboxOptions) {
    super(tag, options.value ?? false);
    this.props({ ...(text ? { label: text } : {}), ...optionProps(options, ['color', 'dense', 'leftLabel', 'disable']) });
    if (options.onChange) this.onChange(options.onChange);
  }

  get label(): string {
    return (this.getProp('label') as string | undefined) ?? '';
  }

  set label(text: string) {
    this.setProp('label', text || undefined);
  }

  protected override acceptValue(value: unknown): Accepted {
    return acceptBoolean(value);
  }
}

/** `ui.checkbox('Agree', { onChange: e => ... })`, or with the change handler as second argument. */
export function checkbox(text = '', options: CheckboxOptions | ValueChangeHandler<boolean, Checkbox> = {}): Checkbox {
  return new Checkbox('q-checkbox', text, typeof options === 'function' ? { onChange: options } : options);
}
