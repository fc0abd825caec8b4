import { Element } from '../core/element.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface CardOptions {
  flat?: boolean;
  bordered?: boolean;
  square?: boolean;
  dark?: boolean;
}

/** A Quasar card (QCard); children go in the builder. */
export function card(options?: CardOptions | Builder, builder?: Builder): Element {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Element('q-card').props(optionProps(opts, ['flat', 'bordered', 'square', 'dark'])), build);
}
