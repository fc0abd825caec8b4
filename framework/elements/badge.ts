import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface BadgeOptions {
  color?: string;
  textColor?: string;
  outline?: boolean;
  rounded?: boolean;
  /** Floats at the top right corner of its parent (e.g. a button). */
  floating?: boolean;
  transparent?: boolean;
}

/** A Quasar badge (QBadge); set `.text` to change what it says. */
export class Badge extends Element {
  constructor(text: string, options: BadgeOptions = {}) {
    super('q-badge');
    this.props(optionProps(options, ['color', 'textColor', 'outline', 'rounded', 'floating', 'transparent']));
    this.text = text;
  }

  get color(): string | undefined {
    return this.getProp('color') as string | undefined;
  }

  set color(value: string | undefined) {
    this.setProp('color', value);
  }
}

/** `ui.badge('3', { color: 'red', floating: true })` */
export function badge(text: string | number = '', options: BadgeOptions = {}): Badge {
  return new Badge(String(text), options);
}
