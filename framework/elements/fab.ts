import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { Openable } from './mixins/openable.js';
import type { ValueChangeHandler } from './mixins/value.js';

export interface FabOptions {
  /** Start open. */
  value?: boolean;
  label?: string;
  /** The icon shown while open (default: the icon rotated). */
  activeIcon?: string;
  color?: string;
  textColor?: string;
  /** Where the actions fly out. */
  direction?: 'up' | 'right' | 'down' | 'left';
  verticalActionsAlign?: 'left' | 'center' | 'right';
  /** Clicking an action or outside does not close it. */
  persistent?: boolean;
  square?: boolean;
  flat?: boolean;
  outline?: boolean;
  glossy?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<boolean, Fab>;
}

const PROPS = ['label', 'activeIcon', 'color', 'textColor', 'direction', 'verticalActionsAlign', 'persistent', 'square', 'flat', 'outline', 'glossy', 'disable'] as const;

/** A floating action button (QFab) that opens its `ui.fabAction`s; the value is whether it is open. */
export class Fab extends Openable {
  constructor(icon: string, options: FabOptions = {}) {
    super('q-fab', options.value ?? false);
    this.props({ icon, direction: 'right', color: 'primary', ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }
}

/** `ui.fab('add', { direction: 'up' }, () => { ui.fabAction('mail', { onClick: send }) })` */
export function fab(icon: string, options?: FabOptions | Builder, builder?: Builder): Fab {
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new Fab(icon, opts), build);
}
