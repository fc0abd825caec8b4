import { Element } from '../core/element.js';
import { currentClient } from '../core/scope.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface HeaderOptions {
  elevated?: boolean;
  bordered?: boolean;
  /** Hides while scrolling down, shows again when scrolling up. */
  reveal?: boolean;
}

/**
 * A bar of the page layout (header or footer). It goes into `client.layout` wherever it is
 * created; its children are laid out in a row.
 */
export class LayoutBar extends Element {
  constructor(tag: 'q-header' | 'q-footer', options: HeaderOptions = {}) {
    super(tag, { parent: currentClient(`ui.${tag.slice(2)}`).layout });
    this.props(optionProps(options, ['elevated', 'bordered', 'reveal']));
    this.classes('row items-center q-px-md q-py-sm').style({ gap: '1rem' });
  }
}

/** The page header (QHeader), in the page layout wherever it is created. */
export class Header extends LayoutBar {
  constructor(options: HeaderOptions = {}) {
    super('q-header', options);
  }
}

/** `ui.header(() => { ui.label('My app'); ui.space(); ui.button('Log out') })` */
export function header(options?: HeaderOptions | Builder, builder?: Builder): Header {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Header(opts), build);
}
