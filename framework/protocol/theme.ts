/**
 * What the page looks like before the runtime runs: the dark mode and brand colours that
 * `ui.darkMode` and `ui.colors` put in the tree. The server writes them into the first HTML
 * (no light flash on a dark page) and the runtime starts Quasar with the same mode. Pure.
 */
import type { ElementSpec } from './messages.js';

export type DarkSetting = boolean | 'auto';

export interface Theme {
  dark: DarkSetting;
  /** Brand colours by name (`primary`, or an author's own), as CSS colour values. */
  colors: Record<string, string>;
}

const COLOR_NAME = /^[a-z][a-z0-9-]{0,63}$/;
/** The forms `ui.colors` accepts; checked again because they are written into the page's HTML. */
const COLOR_VALUE = /^(#[0-9a-f]{3,8}|rgba?\([0-9.,%\s]{1,60}\))$/i;

/** The theme of a tree: the last dark mode and colours elements win, as they do once mounted. */
export function themeOf(elements: Iterable<ElementSpec>): Theme {
  const theme: Theme = { dark: false, colors: {} };
  for (const spec of elements) {
    if (spec.tag === 'k-dark-mode') theme.dark = spec.v === 'auto' ? 'auto' : spec.v === true;
    else if (spec.tag === 'k-colors' && spec.p?.colors && typeof spec.p.colors === 'object') {
      for (const [name, value] of Object.entries(spec.p.colors as Record<string, unknown>))
        if (COLOR_NAME.test(name) && typeof value === 'string' && COLOR_VALUE.test(value)) theme.colors[name] = value;
    }
  }
  return theme;
}

/** The brand colours as custom property declarations for the root element's `style`. */
export function colorDeclarations(colors: Readonly<Record<string, string>>): string {
  return Object.entries(colors)
    .filter(([name, value]) => COLOR_NAME.test(name) && COLOR_VALUE.test(value))
    .map(([name, value]) => `--q-${name}:${value}`)
    .join(';');
}
