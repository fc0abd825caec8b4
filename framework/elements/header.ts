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
 * A page header (QHeader). It goes into the page layout (`client.layout`) wherever it is
 * created; its children go in the builder and are laid out in a row.
 */
export class Header extends Element {
  constructor(tag: 'q-header' | 'q-footer', options: HeaderOptions = {}) {
    super(tag, { parent: currentClient(`ui.${tag.slice(2)}`).layout });
    this.props(optionProps(options, ['elevated', 'bordered', 'reveal']));
    this.classes('row items-center q-px-md q-py-sm').style({ gap: '1rem' });
  }
}

/** `ui.header(() => { ui.label('My app'); ui.space(); ui.button('Log out') })` */
export function header(options?: HeaderOptions | Builder, builder?: Builder): Header {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Header('q-header', opts), build);
}
