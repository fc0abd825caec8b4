import { Element } from '../core/element.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface CardOptions {
  flat?: boolean;
  bordered?: boolean;
  square?: boolean;
  dark?: boolean;
}

/** A Quasar card (QCard). */
export class Card extends Element {
  constructor(options: CardOptions = {}) {
    super('q-card');
    this.props(optionProps(options, ['flat', 'bordered', 'square', 'dark']));
  }
}

/** A Quasar card (QCard); children go in the builder. */
export function card(options?: CardOptions | Builder, builder?: Builder): Card {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Card(opts), build);
}
