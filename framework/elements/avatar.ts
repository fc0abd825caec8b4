import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface AvatarOptions {
  color?: string;
  textColor?: string;
  size?: string;
  fontSize?: string;
  square?: boolean;
  rounded?: boolean;
  /** Text shown instead of an icon (e.g. initials). */
  text?: string;
}

/** A Quasar avatar (QAvatar) with an icon (`img:/path.png` shows an image) or text. */
export class Avatar extends Element {
  constructor(icon: string | undefined, options: AvatarOptions = {}) {
    super('q-avatar');
    this.props({ ...(icon ? { icon } : {}), ...optionProps(options, ['color', 'textColor', 'size', 'fontSize', 'square', 'rounded']) });
    if (options.text !== undefined) this.text = options.text;
  }

  get icon(): string | undefined {
    return this.getProp('icon') as string | undefined;
  }

  set icon(value: string | undefined) {
    this.setProp('icon', value || undefined);
  }
}

/** `ui.avatar('person', { color: 'primary' })`, or `ui.avatar(undefined, { text: 'AB' })` */
export function avatar(icon?: string, options: AvatarOptions = {}): Avatar {
  return new Avatar(icon, options);
}
