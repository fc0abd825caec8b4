import type { Builder } from './mixins/builder.js';
import { Element, type EventHandler } from '../core/element.js';
import { Item } from './item.js';

export type SlideSide = 'left' | 'right' | 'top' | 'bottom';

export interface SlideItemOptions {
  /** Runs when the user slides the item fully to one side. */
  onSlide?: (side: SlideSide, item: SlideItem) => unknown;
}

/**
 * A list item the user slides sideways to reveal actions (QSlideItem). Each side's content and
 * colour is built with `left(...)`, `right(...)`, `top(...)` or `bottom(...)`; after a slide,
 * `reset()` slides the item back.
 */
export class SlideItem extends Element {
  private readonly slideHandlers: ((side: SlideSide, item: SlideItem) => unknown)[] = [];

  constructor(text: string, options: SlideItemOptions = {}) {
    super('q-slide-item');
    if (text) this.within(() => new Item(text));
    if (options.onSlide) this.onSlide(options.onSlide);
  }

  left(builder: Builder, color?: string): this {
    return this.side('left', builder, color);
  }

  right(builder: Builder, color?: string): this {
    return this.side('right', builder, color);
  }

  top(builder: Builder, color?: string): this {
    return this.side('top', builder, color);
  }

  bottom(builder: Builder, color?: string): this {
    return this.side('bottom', builder, color);
  }

  /** Runs `handler` when the user slides the item fully to a side that has content. */
  onSlide(handler: (side: SlideSide, item: SlideItem) => unknown): this {
    this.slideHandlers.push(handler);
    return this;
  }

  /** Slides the item back to its resting position. */
  reset(): this {
    this.client.runMethod(this, 'reset');
    return this;
  }

  private side(side: SlideSide, builder: Builder, color?: string): this {
    this.within(builder, side);
    if (color) this.setProp(`${side}Color`, color);
    if (!this.handlersFor(side).length) {
      const emit: EventHandler<this> = () => {
        for (const handler of this.slideHandlers) this.client.runSafely(() => handler(side, this), { element: this, where: 'slide handler' });
      };
      this.on(side, emit);
    }
    return this;
  }
}

/** `ui.slideItem('Mail', { onSlide: side => ... }).left(() => ui.icon('done'), 'green')` */
export function slideItem(text = '', options: SlideItemOptions = {}, builder?: Builder): SlideItem {
  const el = new SlideItem(text, options);
  if (builder) el.within(builder);
  return el;
}
