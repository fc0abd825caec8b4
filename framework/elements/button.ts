import { Element, type EventHandler } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';

export interface ButtonOptions {
  color?: string;
  textColor?: string;
  icon?: string;
  iconRight?: string;
  flat?: boolean;
  outline?: boolean;
  round?: boolean;
  dense?: boolean;
  size?: string;
  type?: 'button' | 'submit' | 'reset';
  loading?: boolean;
  noCaps?: boolean;
  disable?: boolean;
  /** Where the label and icon sit inside the button. */
  align?: 'left' | 'right' | 'center' | 'around' | 'between' | 'evenly';
  onClick?: EventHandler<Button>;
}

const PROPS = ['color', 'textColor', 'icon', 'iconRight', 'flat', 'outline', 'round', 'dense', 'size', 'type', 'loading', 'noCaps', 'disable', 'align'] as const;

/** A Quasar button (QBtn). */
export class Button extends Element {
  constructor(text: string, options: ButtonOptions = {}) {
    super('q-btn');
    this.props({ ...(text ? { label: text } : {}), ...optionProps(options, PROPS) });
    if (options.onClick) this.onClick(options.onClick);
  }

  get label(): string {
    return (this.getProp('label') as string | undefined) ?? '';
  }

  set label(text: string) {
    this.setProp('label', text || undefined);
  }

  get icon(): string | undefined {
    return this.getProp('icon') as string | undefined;
  }

  set icon(name: string | undefined) {
    this.setProp('icon', name || undefined);
  }

  get color(): string | undefined {
    return this.getProp('color') as string | undefined;
  }

  set color(value: string | undefined) {
    this.setProp('color', value || undefined);
  }

  onClick(handler: EventHandler<this>): this {
    return this.on('click', handler);
  }
}

/** `ui.button('Save', { color: 'primary', onClick })`, or with a click handler as second argument. */
export function button(text = '', options: ButtonOptions | EventHandler<Button> = {}, builder?: Builder): Button {
  const el = new Button(text, typeof options === 'function' ? { onClick: options } : options);
  return withBuilder(el, builder);
}
