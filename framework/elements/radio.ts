import { optionProps } from './mixins/builder.js';
import { ChoiceElement, type Widen } from './mixins/choice.js';
import type { OptionValue, OptionsInput } from './mixins/options.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface RadioOptions<V extends OptionValue> {
  value?: V | null;
  /** Options side by side instead of one per line. */
  inline?: boolean;
  color?: string;
  dense?: boolean;
  leftLabel?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<V | null, Radio<V>>;
}

/** A group of radio buttons (QOptionGroup `type=radio`); the value is the chosen option's value. */
export class Radio<V extends OptionValue = string> extends ChoiceElement<V, V | null> {
  constructor(options: OptionsInput<V>, settings: RadioOptions<V> = {}) {
    super('q-option-group', options, settings.value ?? null);
    this.props({ type: 'radio', ...optionProps(settings, ['inline', 'color', 'dense', 'leftLabel', 'disable']) });
    if (settings.onChange) this.onChange(settings.onChange);
  }
}

/** `ui.radio({ s: 'Small', l: 'Large' }, { value: 's', inline: true })` */
export function radio<V extends OptionValue = string>(options: OptionsInput<V>, settings: RadioOptions<Widen<V>> = {}): Radio<Widen<V>> {
  return new Radio(options as OptionsInput<Widen<V>>, settings);
}
