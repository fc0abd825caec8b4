import { Button } from './button.js';
import { ColorPicker, isColor, type ColorPaletteOptions } from './color-picker.js';
import { PickerInput, type PickerInputOptions } from './mixins/picker-input.js';

export interface ColorInputOptions extends PickerInputOptions<ColorInput> {
  /** The picker button shows the current colour as its background. */
  preview?: boolean;
  /** Options of the colour chooser in the popup. */
  picker?: Omit<ColorPaletteOptions, 'value'>;
}

/**
 * A text field for a colour with a colour chooser behind its button (QInput + QBtn + QMenu +
 * QColor). Only an empty text or a colour (`#rrggbb`, `rgb(...)`, ...) is accepted from the tab.
 */
export class ColorInput extends PickerInput {
  readonly button: Button;
  readonly picker: ColorPicker;

  constructor(options: ColorInputOptions = {}) {
    super(options, isColor, 'Not a colour (#rrggbb)');
    this.button = this.within(() => new Button('', { icon: 'colorize', flat: true, round: true, dense: true }), 'append');
    this.picker = this.button.within(() => new ColorPicker({ ...options.picker, color: isColor(this.value) ? this.value : undefined }));
    this.button.onClick(() => this.picker.open());
    this.link(this.picker.palette, (text) => text || null);
    if (options.preview) {
      this.onChange(() => this.showPreview());
      this.showPreview();
    }
    if (options.onChange) this.onChange(options.onChange);
  }

  private showPreview(): void {
    if (isColor(this.value)) this.button.style({ 'background-color': this.value });
    else this.button.style(undefined, 'background-color');
  }
}

/** `ui.colorInput({ label: 'Colour', value: '#000000', preview: true, onChange: e => ... })` */
export function colorInput(options: ColorInputOptions = {}): ColorInput {
  return new ColorInput(options);
}
