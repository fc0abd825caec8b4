import { Element, type EventHandler } from '../core/element.js';
import { optionProps } from './mixins/builder.js';
import { fieldError, setFieldError, validateField, validationRules, type Validator } from './mixins/validation.js';
import { ValueElement, type ValueChangeHandler } from './mixins/value.js';

export interface InputOptions {
  label?: string;
  placeholder?: string;
  value?: string;
  /** Renders `type=password` with an eye icon that reveals the text. */
  password?: boolean;
  type?: 'text' | 'email' | 'search' | 'tel' | 'url' | 'password';
  hint?: string;
  outlined?: boolean;
  filled?: boolean;
  dense?: boolean;
  clearable?: boolean;
  autofocus?: boolean;
  disable?: boolean;
  readonly?: boolean;
  autocomplete?: string;
  maxlength?: number;
  /** Rules run on every change; the first message shows under the field. */
  validation?: Validator<string> | Validator<string>[];
  onChange?: ValueChangeHandler<string, Input>;
  /** Runs when the user presses Enter in the field. */
  onEnter?: EventHandler<Input>;
}

const PROPS = ['label', 'placeholder', 'hint', 'outlined', 'filled', 'dense', 'clearable', 'autofocus', 'disable', 'readonly', 'autocomplete', 'maxlength', 'type'] as const;

/** A text input (QInput) with validation messages under the field. */
export class Input extends ValueElement<string> {
  private readonly validators: readonly Validator<string>[];

  constructor(tag: string, options: InputOptions) {
    super(tag, options.value ?? '');
    this.props(optionProps(options, PROPS));
    if (options.password) this.addPasswordToggle();
    this.validators = validationRules(options.validation);
    if (this.validators.length) this.onChange(() => this.validate());
    if (options.onChange) this.onChange(options.onChange);
    if (options.onEnter) this.on('keydown.enter', options.onEnter);
  }

  /** The current validation message, or undefined when the value is valid. */
  get error(): string | undefined {
    return fieldError(this);
  }

  /** Shows a message under the field (from server-side checks); `undefined` clears it. */
  set error(message: string | undefined) {
    setFieldError(this, message);
  }

  /** Runs the validation rules now; returns true when the value passes all of them. */
  validate(): boolean {
    return validateField(this, this.validators, this.value);
  }

  private addPasswordToggle(): void {
    this.setProp('type', 'password');
    const eye = new Element('q-icon', { parent: this, slot: 'append' }).props({ name: 'visibility_off' });
    eye.classes('cursor-pointer').on('click', () => {
      const hidden = this.getProp('type') === 'password';
      this.setProp('type', hidden ? 'text' : 'password');
      eye.setProp('name', hidden ? 'visibility' : 'visibility_off');
    });
  }

  protected override acceptValue(value: unknown): { ok: true; value: unknown } | { ok: false } {
    if (value === null) return { ok: true, value: '' };
    return typeof value === 'string' ? { ok: true, value } : { ok: false };
  }
}

/** `ui.input({ label: 'Email', validation: v => v.includes('@') ? null : 'Not an email' })` */
export function input(options: InputOptions = {}): Input {
  return new Input('q-input', options);
}
