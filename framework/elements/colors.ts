import { Element } from '../core/element.js';
import { isColor } from './color-picker.js';

/** Quasar's brand colours; other names become custom brand colours (`text-<name>`, `bg-<name>`). */
export interface BrandColors {
  primary?: string;
  secondary?: string;
  accent?: string;
  dark?: string;
  darkPage?: string;
  positive?: string;
  negative?: string;
  info?: string;
  warning?: string;
}

/** Brand colours by name (`primary`, `darkPage`, or a custom one such as `brand`); colours as `#rrggbb`, `#rgb`, `rgb()` or `rgba()`. */
export type ColorsOptions = BrandColors & Record<string, string | undefined>;

/** A colour name: a lowercase letter, then letters and digits (camelCase becomes the CSS variable's kebab-case). */
const NAME = /^[a-z][a-zA-Z0-9]{0,31}$/;
const MAX_COLORS = 64;

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Checks names and colours before anything reaches the tab: both end up in CSS (`--q-<name>`
 * variables and `.text-<name>`/`.bg-<name>` rules), so only plain names and colour values pass.
 * Returns the colours by CSS name (`darkPage` -> `dark-page`).
 */
export function checkColors(colors: ColorsOptions): Record<string, string> {
  const checked: Record<string, string> = {};
  const entries = Object.entries(colors).filter(([, value]) => value !== undefined);
  if (entries.length > MAX_COLORS) throw new TypeError(`ui.colors takes at most ${MAX_COLORS} colours`);
  for (const [name, value] of entries) {
    if (!NAME.test(name)) throw new TypeError(`ui.colors: ${JSON.stringify(name)} is not a colour name (letters and digits, starting lowercase)`);
    if (!isColor(value)) throw new TypeError(`ui.colors: ${JSON.stringify(value)} is not a colour for ${name} (use #rrggbb, #rgb, rgb() or rgba())`);
    checked[kebab(name)] = value;
  }
  return checked;
}

/**
 * The page's brand colours (`k-colors`, which renders nothing): sets Quasar's CSS variables
 * (`--q-primary`, ...) on the document while the element exists. Deleting it restores the defaults.
 */
export class Colors extends Element {
  constructor(colors: ColorsOptions = {}) {
    const checked = checkColors(colors); // before the element joins the page
    super('k-colors');
    this.setProp('colors', checked);
  }

  /** The colours by CSS name (`dark-page`, not `darkPage`). */
  get colors(): Readonly<Record<string, string>> {
    return this.getProp('colors') as Record<string, string>;
  }

  /** Changes some colours; `undefined` returns one to Quasar's default. */
  set(colors: ColorsOptions): this {
    const next: Record<string, string> = { ...this.colors, ...checkColors(colors) };
    for (const [name, value] of Object.entries(colors)) if (value === undefined) delete next[kebab(name)];
    if (Object.keys(next).length > MAX_COLORS) throw new TypeError(`ui.colors takes at most ${MAX_COLORS} colours`);
    return this.setProp('colors', next);
  }
}

/** `ui.colors({ primary: '#6e3cbc', brand: '#ff7f50' })`; later `colors.set({ primary: '#0a7' })`. */
export function colors(options: ColorsOptions = {}): Colors {
  return new Colors(options);
}
