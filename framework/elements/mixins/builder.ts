import type { Builder, Element } from '../../core/element.js';
export type { Builder } from '../../core/element.js';

/** Runs an optional builder inside a container element and returns the element. */
export function withBuilder<E extends Element>(el: E, builder?: Builder): E {
  if (builder) el.within(builder);
  return el;
}

/** Splits `(options?, builder?)` arguments, so both `ui.card(() => ...)` and `ui.card({...}, () => ...)` work. */
export function splitArgs<O extends object>(a?: O | Builder, b?: Builder): [O, Builder | undefined] {
  if (typeof a === 'function') return [{} as O, a];
  return [a ?? ({} as O), b];
}

/** Copies defined option values into props, leaving out `undefined`. */
export function optionProps(options: object, names: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const name of names) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined) props[name] = value;
  }
  return props;
}
