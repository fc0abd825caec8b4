import { Element } from '../core/element.js';
import { DateMask } from './mixins/date-mask.js';
import { PickerInput, type PickerInputOptions } from './mixins/picker-input.js';
import { Menu } from './menu.js';
import { TimePicker, type TimeOptions } from './time.js';

export interface TimeInputOptions extends PickerInputOptions<TimeInput> {
  /** How the time is written (Quasar's numeric mask tokens); default `HH:mm`. */
  mask?: string;
  /** Options of the clock in the popup. */
  picker?: Omit<TimeOptions, 'value' | 'mask' | 'onChange'>;
}

/**
 * A text field for a time of day with a clock behind its icon (QInput + QMenu + QTime). Only an
 * empty text or a real time in the mask's format is accepted from the tab; a pick fills the field.
 */
export class TimeInput extends PickerInput {
  readonly picker: TimePicker;
  readonly menu: Menu;

  constructor(options: TimeInputOptions = {}) {
    const mask = new DateMask(options.mask ?? 'HH:mm');
    super(options, (text) => mask.matches(text), `Not a time (${mask.mask})`);
    const icon = new Element('q-icon', { parent: this, slot: 'append' }).props({ name: 'schedule' }).classes('cursor-pointer');
    this.menu = icon.within(() => new Menu());
    const value = mask.matches(this.value) ? this.value : null;
    this.picker = this.menu.within(() => new TimePicker({ ...options.picker, mask: mask.mask, value }));
    this.link(this.picker, (text) => text || null);
    if (options.onChange) this.onChange(options.onChange);
  }
}

/** `ui.timeInput({ label: 'Start', value: '09:00' })` */
export function timeInput(options: TimeInputOptions = {}): TimeInput {
  return new TimeInput(options);
}
