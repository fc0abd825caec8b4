import { Element } from '../../core/element.js';
import { optionProps } from './builder.js';
import { setFieldError } from './validation.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './value.js';

export interface PickerInputOptions<E extends Element = Element> {
  label?: string;
  placeholder?: string;
  value?: string;
  hint?: string;
  outlined?: boolean;
  filled?: boolean;
  dense?: boolean;
  clearable?: boolean;
  disable?: boolean;
  readonly?: boolean;
  onChange?: ValueChangeHandler<string, E>;
}

const PROPS = ['label', 'placeholder', 'hint', 'outlined', 'filled', 'dense', 'clearable', 'disable', 'readonly'] as const;

/**
 * A text field (QInput) with a picker in a popup behind an icon (date, time, colour). The value is
 * the text; only an empty text or a valid one is accepted from the tab. While the user types
 * something invalid, the field says so and the server keeps the last valid value (shown again
 * when the field loses focus). A valid text moves the picker; a pick fills the field.
 */
export class PickerInput extends ValueElement<string> {
  protected override get correctsTab(): boolean {
    return false;
  }

  constructor(
    options: Omit<PickerInputOptions, 'onChange'>,
    private readonly accepts: (text: string) => boolean,
    private readonly invalidMessage: string,
  ) {
    super('q-input', options.value ?? '');
    this.props(optionProps(options, PROPS));
    this.on('blur', () => this.resendValue());
  }

  /** Keeps `picker` and this field showing the same value; `picked` runs after each pick by the user. */
  protected link<P>(picker: ValueElement<P>, toPicker: (text: string) => P, picked?: () => void): void {
    picker.onChange((e) => {
      if (!e.fromUser) return;
      this.value = typeof e.value === 'string' ? e.value : '';
      setFieldError(this, undefined);
      picked?.();
    });
    this.onChange((e) => {
      if (e.value === '' || this.accepts(e.value)) picker.value = toPicker(e.value);
    });
  }

  override receiveValue(value: unknown, edits: number): boolean {
    const accepted = super.receiveValue(value, edits);
    setFieldError(this, accepted ? undefined : this.invalidMessage);
    return accepted;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (value === null || value === '') return { ok: true, value: '' };
    return typeof value === 'string' && this.accepts(value) ? { ok: true, value } : { ok: false };
  }
}
