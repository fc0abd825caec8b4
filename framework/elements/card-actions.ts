import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface CardActionsOptions {
  align?: 'left' | 'center' | 'right' | 'between' | 'around' | 'evenly' | 'stretch';
  vertical?: boolean;
}

/** The action bar of a card (QCardActions), usually holding buttons. */
export class CardActions extends Element {
  constructor(options: CardActionsOptions = {}) {
    super('q-card-actions');
    this.props({ ...(options.align ? { align: options.align } : {}), ...(options.vertical ? { vertical: true } : {}) });
  }
}

/** `ui.cardActions({ align: 'right' }, () => { ui.button('OK') })` */
export function cardActions(options?: CardActionsOptions | Builder, builder?: Builder): CardActions {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new CardActions(opts), build);
}
