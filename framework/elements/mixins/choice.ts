import { isOption, normalizeOptions, type Option, type OptionValue, type OptionsInput } from './options.js';
import { ValueElement, type Accepted } from './value.js';

/** `'a' | 'b'` -> `string`: option values are typed by kind, not by the literals of the first list. */
export type Widen<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : T;

/**
 * An element whose value is one of its options (radio, button toggle, single select), or a list
 * of them (multiple select). A value from the tab that is not a known, enabled option is
 * rejected: a forged value never reaches the page's callbacks.
 */
export class ChoiceElement<V extends OptionValue, T> extends ValueElement<T> {
  private _options: Option<V>[];

  constructor(
    tag: string,
    options: OptionsInput<V>,
    value: T,
    private readonly multiple = false,
  ) {
    super(tag, value);
    this._options = normalizeOptions(options);
    this.setProp('options', this._options);
  }

  get options(): readonly Option<V>[] {
    return this._options;
  }

  /** Replaces the options; a value that is no longer an option is cleared. */
  set options(input: OptionsInput<V>) {
    this._options = normalizeOptions(input);
    this.setProp('options', this._options);
    const current = this.value as unknown;
    if (this.multiple) {
      const kept = ((current as V[] | null) ?? []).filter((v) => isOption(this._options, v));
      if (kept.length !== ((current as V[] | null) ?? []).length) this.value = kept as T;
    } else if (current !== null && !isOption(this._options, current)) this.value = null as T;
  }

  /** Whether the tab may clear the value (send null). */
  protected get clearable(): boolean {
    return this.getProp('clearable') === true;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (this.multiple) {
      if (value === null && this.clearable) return { ok: true, value: [] };
      if (!Array.isArray(value) || !value.every((v) => isOption(this._options, v))) return { ok: false };
      return { ok: true, value: [...new Set(value)] };
    }
    if (value === null) return this.clearable ? { ok: true, value: null } : { ok: false };
    return isOption(this._options, value) ? { ok: true, value } : { ok: false };
  }
}
