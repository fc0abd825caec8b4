import { optionProps } from './mixins/builder.js';
import { ChoiceElement, type Widen } from './mixins/choice.js';
import type { OptionValue, OptionsInput } from './mixins/options.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface ToggleOptions<V extends OptionValue> {
  value?: V | null;
  /** Clicking the active button clears the value. */
  clearable?: boolean;
  color?: string;
  toggleColor?: string;
  textColor?: string;
  outline?: boolean;
  flat?: boolean;
  rounded?: boolean;
  spread?: boolean;
  dense?: boolean;
  noCaps?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<V | null, Toggle<V>>;
}

const PROPS = ['clearable', 'color', 'toggleColor', 'textColor', 'outline', 'flat', 'rounded', 'spread', 'dense', 'noCaps', 'disable'] as const;

/** A row of buttons of which one is active (QBtnToggle); the value is the active option's value. */
export class Toggle<V extends OptionValue = string> extends ChoiceElement<V, V | null> {
  constructor(options: OptionsInput<V>, settings: ToggleOptions<V> = {}) {
    super('q-btn-toggle', options, settings.value ?? null);
    this.props(optionProps(settings, PROPS));
    if (settings.onChange) this.onChange(settings.onChange);
  }
}

/** `ui.toggle(['day', 'week', 'month'], { value: 'week' })` */
export function toggle<V extends OptionValue = string>(options: OptionsInput<V>, settings: ToggleOptions<Widen<V>> = {}): Toggle<Widen<V>> {
  return new Toggle(options as OptionsInput<Widen<V>>, settings);
}
