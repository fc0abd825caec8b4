import { optionProps } from './mixins/builder.js';
import { ChoiceElement, type Widen } from './mixins/choice.js';
import type { OptionValue, OptionsInput } from './mixins/options.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface SelectOptions<V extends OptionValue, T> {
  label?: string;
  value?: T;
  /** Several values may be chosen; the value is then a list. */
  multiple?: boolean;
  clearable?: boolean;
  outlined?: boolean;
  filled?: boolean;
  dense?: boolean;
  /** Shows chosen values of a multiple select as chips. */
  useChips?: boolean;
  hint?: string;
  disable?: boolean;
  readonly?: boolean;
  onChange?: ValueChangeHandler<T, Select<V, T>>;
}

const PROPS = ['label', 'multiple', 'clearable', 'outlined', 'filled', 'dense', 'useChips', 'hint', 'disable', 'readonly'] as const;

/**
 * A dropdown (QSelect with `emitValue mapOptions`: the value is the option's value, not the
 * option object). `T` is `V | null` for a single select and `V[]` for a multiple one.
 */
export class Select<V extends OptionValue = string, T = V | null> extends ChoiceElement<V, T> {
  constructor(options: OptionsInput<V>, settings: SelectOptions<V, T> = {}) {
    super('q-select', options, (settings.value ?? (settings.multiple ? [] : null)) as T, settings.multiple ?? false);
    this.props({ emitValue: true, mapOptions: true, ...optionProps(settings, PROPS) });
    if (settings.onChange) this.onChange(settings.onChange);
  }
}

/** `ui.select(['red', 'green'], { label: 'Colour', value: 'red' })`; `{ multiple: true }` for a list. */
export function select<V extends OptionValue = string>(
  options: OptionsInput<V>,
  settings: SelectOptions<Widen<V>, Widen<V>[]> & { multiple: true },
): Select<Widen<V>, Widen<V>[]>;
export function select<V extends OptionValue = string>(
  options: OptionsInput<V>,
  settings?: SelectOptions<Widen<V>, Widen<V> | null> & { multiple?: false },
): Select<Widen<V>, Widen<V> | null>;
export function select(options: OptionsInput<OptionValue>, settings: object = {}): unknown {
  return new Select(options, settings as SelectOptions<OptionValue, unknown>);
}
