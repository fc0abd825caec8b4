import type { Element } from '../../core/element.js';

/** A validation rule: return an error message, or nothing when the value is fine. */
export type Validator<T> = (value: T) => string | null | undefined | false;

const NO_RULES: readonly never[] = Object.freeze([]);

/**
 * The rules of a `validation` option as a list: a shared empty one when there are none, and an
 * exact copy otherwise (`[x].flat()` would leave 16 spare slots in every field that has rules).
 */
export function validationRules<T>(option: Validator<T> | readonly Validator<T>[] | undefined): readonly Validator<T>[] {
  if (!option) return NO_RULES;
  return typeof option === 'function' ? [option] : option.slice();
}

/** The message under a field (QField's `error` + `errorMessage` props). */
export function fieldError(el: Element): string | undefined {
  return el.getProp('errorMessage') as string | undefined;
}

export function setFieldError(el: Element, message: string | undefined): void {
  el.props({ error: message ? true : undefined, errorMessage: message || undefined });
}

/** Runs the rules in order and shows the first message under the field; true when all pass. */
export function validateField<T>(el: Element, rules: readonly Validator<T>[], value: T): boolean {
  for (const rule of rules) {
    const message = rule(value);
    if (message) {
      setFieldError(el, message);
      return false;
    }
  }
  setFieldError(el, undefined);
  return true;
}
