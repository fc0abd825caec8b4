import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface CardSectionOptions {
  /** Lays out the section's children horizontally. */
  horizontal?: boolean;
}

/** A section of a card (QCardSection) with the card's padding. */
export class CardSection extends Element {
  constructor(options: CardSectionOptions = {}) {
    super('q-card-section');
    if (options.horizontal) this.setProp('horizontal', true);
  }
}

/** `ui.card(() => { ui.cardSection(() => ui.label('Title')) })` */
export function cardSection(options?: CardSectionOptions | Builder, builder?: Builder): CardSection {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new CardSection(opts), build);
}
