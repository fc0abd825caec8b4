/** Values a choice element (select, radio, toggle) can hold: they survive JSON unchanged. */
export type OptionValue = string | number | boolean;

export interface Option<V extends OptionValue = OptionValue> {
  label: string;
  value: V;
  disable?: boolean;
}

/**
 * Options as a page author writes them: a list of values (`['a', 'b']`), a record of
 * value -> label (`{ de: 'German' }`), or a list of `{ label, value }`.
 */
export type OptionsInput<V extends OptionValue = OptionValue> =
  | readonly V[]
  | readonly Option<V>[]
  | (V extends string ? Readonly<Record<string, string>> : never);

/** Turns any accepted shape into `[{ label, value }]`, the form Quasar takes with `emitValue mapOptions`. */
export function normalizeOptions<V extends OptionValue>(input: OptionsInput<V>): Option<V>[] {
  if (Array.isArray(input))
    return (input as readonly (V | Option<V>)[]).map((o) =>
      typeof o === 'object' && o !== null ? { ...o, label: String(o.label) } : { label: String(o), value: o },
    );
  return Object.entries(input as Record<string, string>).map(([value, label]) => ({ label: String(label), value: value as V }));
}

/** True when `value` is one of the options and that option is not disabled. */
export function isOption(options: readonly Option[], value: unknown): boolean {
  return options.some((o) => o.value === value && !o.disable);
}
