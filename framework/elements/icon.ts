import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface IconOptions {
  size?: string;
  color?: string;
  left?: boolean;
  right?: boolean;
}

/** A Quasar icon (QIcon): Material icon names, or `img:/path.svg`. */
export class Icon extends Element {
  constructor(name: string, options: IconOptions = {}) {
    super('q-icon');
    this.props({ name, ...optionProps(options, ['size', 'color', 'left', 'right']) });
  }

  get name(): string {
    return (this.getProp('name') as string | undefined) ?? '';
  }

  set name(value: string) {
    this.setProp('name', value);
  }

  get color(): string | undefined {
    return this.getProp('color') as string | undefined;
  }

  set color(value: string | undefined) {
    this.setProp('color', value);
  }

  get size(): string | undefined {
    return this.getProp('size') as string | undefined;
  }

  set size(value: string | undefined) {
    this.setProp('size', value);
  }
}

/** `ui.icon('thumb_up', { color: 'primary', size: 'lg' })` */
export function icon(name: string, options: IconOptions = {}): Icon {
  return new Icon(name, options);
}
