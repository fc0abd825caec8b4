import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export type PagePosition = 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'top' | 'right' | 'bottom' | 'left';

export interface PageStickyOptions {
  /** Default `bottom-right`. */
  position?: PagePosition;
  /** Pixels from the corner or edge. */
  xOffset?: number;
  yOffset?: number;
  /** Spans the whole edge (for `top`, `bottom`, `left` and `right`). */
  expand?: boolean;
}

/** Content that stays at a corner or edge of the page while it scrolls (QPageSticky), e.g. a floating button. */
export class PageSticky extends Element {
  constructor(options: PageStickyOptions = {}) {
    super('q-page-sticky');
    this.props({ position: options.position ?? 'bottom-right', offset: [options.xOffset ?? 0, options.yOffset ?? 0], ...(options.expand ? { expand: true } : {}) });
  }
}

/** `ui.pageSticky({ xOffset: 18, yOffset: 18 }, () => ui.button('', { icon: 'add', round: true }))` */
export function pageSticky(options?: PageStickyOptions | Builder, builder?: Builder): PageSticky {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new PageSticky(opts), build);
}
