import { KiteError } from '../core/errors.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

/** Dark, light, or whatever the browser prefers (`prefers-color-scheme`). */
export type DarkModeValue = boolean | 'auto';

const isDarkModeValue = (value: unknown): value is DarkModeValue => typeof value === 'boolean' || value === 'auto';

function checked(value: DarkModeValue): DarkModeValue {
  if (!isDarkModeValue(value)) throw new TypeError(`dark mode must be true, false or 'auto', not ${JSON.stringify(value)}`);
  return value;
}

/**
 * The page's dark mode (`k-dark-mode`, which renders nothing): Quasar's Dark plugin in the tab
 * sets `body--dark` or `body--light` on the body. The value is `true`, `false` or `'auto'`; with
 * `'auto'` the tab follows the system's colour scheme as it changes. Deleting the element leaves
 * the tab in the mode it was in.
 */
export class DarkMode extends ValueElement<DarkModeValue> {
  constructor(value: DarkModeValue = false) {
    super('k-dark-mode', checked(value));
  }

  override set value(value: DarkModeValue) {
    super.value = checked(value);
  }

  override get value(): DarkModeValue {
    return super.value;
  }

  enable(): this {
    this.value = true;
    return this;
  }

  disable(): this {
    this.value = false;
    return this;
  }

  auto(): this {
    this.value = 'auto';
    return this;
  }

  /** Switches between dark and light; under `'auto'` the server cannot know which one shows, so it throws. */
  toggle(): this {
    if (this.value === 'auto') throw new KiteError("cannot toggle dark mode while it is 'auto': enable() or disable() it");
    this.value = !this.value;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    return isDarkModeValue(value) ? { ok: true, value } : { ok: false };
  }
}

/** `const dark = ui.darkMode()`; `ui.switch('Dark', (e) => (dark.value = e.value))`; `dark.toggle()` */
export function darkMode(value: DarkModeValue = false, onChange?: ValueChangeHandler<DarkModeValue, DarkMode>): DarkMode {
  const element = new DarkMode(value);
  if (onChange) element.onChange(onChange);
  return element;
}
