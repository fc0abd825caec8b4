import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';
import { ValueElement, type Accepted } from './mixins/value.js';
import { Menu, type MenuOptions } from './menu.js';

/** Colours as QColor writes them: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)`, `rgba(r,g,b,a)`. */
const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*(\d{1,3}%|[01]|[01]?\.\d+)\s*)?\))$/i;

/** True when `value` is a colour in one of the forms QColor writes. */
export function isColor(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && COLOR.test(value);
}

export interface ColorPaletteOptions {
  value?: string | null;
  /** How the value is written (default `hex`). */
  formatModel?: 'hex' | 'hexa' | 'rgb' | 'rgba';
  defaultView?: 'spectrum' | 'tune' | 'palette';
  /** Colours offered in the palette view. */
  palette?: string[];
  noHeader?: boolean;
  noFooter?: boolean;
  disable?: boolean;
  readonly?: boolean;
}

/** The colour chooser itself (QColor); values from the tab that are not colours are rejected. */
export class ColorPalette extends ValueElement<string | null> {
  constructor(options: ColorPaletteOptions = {}) {
    super('q-color', options.value ?? null);
    this.props(optionProps(options, ['formatModel', 'defaultView', 'palette', 'noHeader', 'noFooter', 'disable', 'readonly']));
  }

  protected override acceptValue(value: unknown): Accepted {
    return isColor(value) ? { ok: true, value } : { ok: false };
  }
}

export interface ColorPickerOptions extends MenuOptions, Omit<ColorPaletteOptions, 'value'> {
  /** The colour shown at first. */
  color?: string;
  /** Runs when the user picks a colour. */
  onPick?: (color: string, picker: ColorPicker) => unknown;
}

/**
 * A popup colour chooser (QMenu holding a QColor) attached to the current parent, usually a
 * button: `open()` shows it; `onPick` gets each colour the user picks. Its value is whether it is
 * open; `color` is the colour.
 */
export class ColorPicker extends Menu {
  readonly palette: ColorPalette;

  constructor(options: ColorPickerOptions = {}) {
    const { color, onPick, value, touchPosition, anchor, self, fit, cover, onChange, ...palette } = options;
    super({ value, touchPosition, anchor, self, fit, cover, onChange });
    this.palette = this.within(() => new ColorPalette({ ...palette, value: color ?? null }));
    if (onPick) this.onPick(onPick);
  }

  get color(): string | null {
    return this.palette.value;
  }

  set color(value: string | null) {
    this.palette.value = value;
  }

  onPick(handler: (color: string, picker: this) => unknown): this {
    this.palette.onChange((e) => {
      if (e.fromUser && e.value !== null) return handler(e.value, this);
    });
    return this;
  }
}

/** `ui.button('Colour', () => picker.open(), () => { picker = ui.colorPicker({ onPick: c => ... }) })` */
export function colorPicker(options?: ColorPickerOptions | Builder, builder?: Builder): ColorPicker {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new ColorPicker(opts), build);
}
