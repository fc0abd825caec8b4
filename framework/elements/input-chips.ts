import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface InputChipsOptions {
  label?: string;
  value?: readonly string[];
  /** What typing a value and pressing Enter does: `toggle` (default) adds it, or removes it if present. */
  newValueMode?: 'add' | 'add-unique' | 'toggle';
  /** Longest chip text accepted from the tab (default 200 characters). */
  maxLength?: number;
  /** Most chips accepted from the tab (default 200). */
  maxChips?: number;
  clearable?: boolean;
  outlined?: boolean;
  filled?: boolean;
  dense?: boolean;
  hint?: string;
  placeholder?: string;
  disable?: boolean;
  readonly?: boolean;
  onChange?: ValueChangeHandler<string[], InputChips>;
}

const PROPS = ['label', 'clearable', 'outlined', 'filled', 'dense', 'hint', 'placeholder', 'disable', 'readonly'] as const;

/**
 * A field where the user types values that become chips (QSelect with `use-input`, `use-chips`,
 * `multiple` and `new-value-mode`, without options). The value is the list of chip texts; a list
 * from the tab with anything but non-empty strings, or beyond the limits, is rejected; duplicates are dropped.
 */
export class InputChips extends ValueElement<string[]> {
  private readonly maxLength: number;
  private readonly maxChips: number;

  constructor(options: InputChipsOptions = {}) {
    super('q-select', [...(options.value ?? [])]);
    this.maxLength = options.maxLength ?? 200;
    this.maxChips = options.maxChips ?? 200;
    this.props({
      useInput: true, useChips: true, multiple: true, hideDropdownIcon: true, inputDebounce: 0,
      newValueMode: options.newValueMode ?? 'toggle', ...optionProps(options, PROPS),
    });
    if (options.onChange) this.onChange(options.onChange);
  }

  protected override acceptValue(value: unknown): Accepted {
    if (value === null && this.getProp('clearable')) return { ok: true, value: [] };
    if (!Array.isArray(value) || value.length > this.maxChips) return { ok: false };
    const ok = value.every((v) => typeof v === 'string' && v.trim() !== '' && v.length <= this.maxLength);
    return ok ? { ok: true, value: [...new Set(value as string[])] } : { ok: false };
  }
}

/** `ui.inputChips({ label: 'Tags', value: ['red'], onChange: e => save(e.value) })` */
export function inputChips(options: InputChipsOptions = {}): InputChips {
  return new InputChips(options);
}
