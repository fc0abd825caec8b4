import type { EventHandler } from '../core/element.js';
import { optionProps } from './mixins/builder.js';
import { fieldError, setFieldError, validateField, validationRules, type Validator } from './mixins/validation.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface NumberOptions {
  label?: string;
  placeholder?: string;
  value?: number | null;
  min?: number;
  max?: number;
  step?: number;
  /** Digits after the decimal point the value is rounded to. */
  precision?: number;
  prefix?: string;
  suffix?: string;
  hint?: string;
  outlined?: boolean;
  filled?: boolean;
  dense?: boolean;
  clearable?: boolean;
  autofocus?: boolean;
  disable?: boolean;
  readonly?: boolean;
  validation?: Validator<number | null> | Validator<number | null>[];
  onChange?: ValueChangeHandler<number | null, NumberInput>;
  onEnter?: EventHandler<NumberInput>;
}

const PROPS = ['label', 'placeholder', 'min', 'max', 'step', 'prefix', 'suffix', 'hint', 'outlined', 'filled', 'dense', 'clearable', 'autofocus', 'disable', 'readonly'] as const;

/**
 * A number input (QInput `type=number`); the value is a number or null (empty).
 * Values from the tab that are not numbers, or outside min/max, are rejected; the field shows
 * the server's value again when it loses focus (not while the user is still typing).
 */
export class NumberInput extends ValueElement<number | null> {
  private readonly validators: readonly Validator<number | null>[];
  protected override get correctsTab(): boolean {
    return false;
  }

  constructor(options: NumberOptions = {}) {
    super('q-input', null);
    this.props({ type: 'number', ...optionProps(options, PROPS) });
    this.precision = options.precision;
    this._value = options.value === undefined ? null : this.round(options.value);
    this.validators = validationRules(options.validation);
    if (this.validators.length) this.onChange(() => this.validate());
    if (options.onChange) this.onChange(options.onChange);
    if (options.onEnter) this.on('keydown.enter', options.onEnter);
    this.on('blur', () => this.resendValue());
  }

  get min(): number | undefined {
    return this.getProp('min') as number | undefined;
  }

  set min(value: number | undefined) {
    this.setProp('min', value);
  }

  get max(): number | undefined {
    return this.getProp('max') as number | undefined;
  }

  set max(value: number | undefined) {
    this.setProp('max', value);
  }

  /** Digits after the decimal point; undefined keeps every digit. */
  precision: number | undefined;

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

  protected override acceptValue(value: unknown): Accepted {
    if (value === null || value === '') return { ok: true, value: null };
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?[\d.]+(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n)) return { ok: false };
    if ((this.min !== undefined && n < this.min) || (this.max !== undefined && n > this.max)) return { ok: false };
    return { ok: true, value: this.round(n) };
  }

  private round(n: number | null): number | null {
    if (n === null || this.precision === undefined) return n;
    const factor = 10 ** this.precision;
    return Math.round(n * factor) / factor;
  }
}

/** `ui.number({ label: 'Age', min: 0, max: 150, precision: 0 })` */
export function number(options: NumberOptions = {}): NumberInput {
  return new NumberInput(options);
}
