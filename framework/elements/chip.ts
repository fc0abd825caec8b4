import type { EventHandler } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { ValueElement, acceptBoolean, type Accepted } from './mixins/value.js';

export interface ChipOptions {
  icon?: string;
  iconRight?: string;
  color?: string;
  textColor?: string;
  outline?: boolean;
  square?: boolean;
  dense?: boolean;
  size?: string;
  /** Shows a remove button; removing sets the value (visibility) to false. */
  removable?: boolean;
  /** The chip can be selected by clicking it. */
  selectable?: boolean;
  selected?: boolean;
  onClick?: EventHandler<Chip>;
  onSelectionChange?: (selected: boolean, chip: Chip) => unknown;
  /** Runs when the user removes the chip. */
  onRemove?: EventHandler<Chip>;
}

const PROPS = ['icon', 'iconRight', 'color', 'textColor', 'outline', 'square', 'dense', 'size', 'removable'] as const;

/**
 * A Quasar chip (QChip). Its value is whether it is shown (a removable chip becomes false when
 * the user removes it); `selected` is the selection of a selectable chip.
 */
export class Chip extends ValueElement<boolean> {
  constructor(text: string, options: ChipOptions = {}) {
    super('q-chip', true);
    this.props(optionProps(options, PROPS));
    this.text = text;
    if (options.onClick) this.onClick(options.onClick);
    if (options.selectable) {
      this.setProp('selected', options.selected ?? false);
      this.on('update:selected', (e) => {
        const selected = e.args[0];
        if (typeof selected !== 'boolean') return;
        this.setProp('selected', selected);
        if (options.onSelectionChange) options.onSelectionChange(selected, this);
      });
    }
    if (options.onRemove) this.on('remove', options.onRemove);
  }

  get selected(): boolean {
    return this.getProp('selected') === true;
  }

  set selected(value: boolean) {
    this.setProp('selected', value);
  }

  onClick(handler: EventHandler<this>): this {
    this.setProp('clickable', true);
    return this.on('click', handler);
  }

  protected override acceptValue(value: unknown): Accepted {
    return acceptBoolean(value);
  }
}

/** `ui.chip('Python', { icon: 'code', removable: true })` */
export function chip(text = '', options: ChipOptions | EventHandler<Chip> = {}, builder?: Builder): Chip {
  return withBuilder(new Chip(text, typeof options === 'function' ? { onClick: options } : options), builder);
}
