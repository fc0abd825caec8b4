import { Element } from '../core/element.js';
import { DatePicker, type DateOptions } from './date.js';
import { DateMask } from './mixins/date-mask.js';
import { PickerInput, type PickerInputOptions } from './mixins/picker-input.js';
import { Menu } from './menu.js';

export interface DateInputOptions extends PickerInputOptions<DateInput> {
  /** How the date is written (Quasar's numeric mask tokens); default `YYYY-MM-DD`. */
  mask?: string;
  /** Options of the calendar in the popup. */
  picker?: Omit<DateOptions, 'value' | 'mask' | 'range' | 'multiple' | 'onChange'>;
}

/**
 * A text field for a date with a calendar behind its icon (QInput + QMenu + QDate). Only an
 * empty text or a real date in the mask's format is accepted from the tab; a pick fills the
 * field and closes the calendar.
 */
export class DateInput extends PickerInput {
  readonly picker: DatePicker;
  readonly menu: Menu;

  constructor(options: DateInputOptions = {}) {
    const mask = new DateMask(options.mask ?? 'YYYY-MM-DD');
    super(options, (text) => mask.matches(text), `Not a date (${mask.mask})`);
    const icon = new Element('q-icon', { parent: this, slot: 'append' }).props({ name: 'edit_calendar' }).classes('cursor-pointer');
    this.menu = icon.within(() => new Menu());
    const value = mask.matches(this.value) ? this.value : null;
    this.picker = this.menu.within(() => new DatePicker({ ...options.picker, mask: mask.mask, value }));
    this.link(this.picker, (text) => text || null, () => this.menu.close());
    if (options.onChange) this.onChange(options.onChange);
  }
}

/** `ui.dateInput({ label: 'Due', value: '2025-06-01', onChange: e => ... })` */
export function dateInput(options: DateInputOptions = {}): DateInput {
  return new DateInput(options);
}
