import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';
import type { PagePosition } from './page-sticky.js';

export interface PageScrollerOptions {
  /** Default `bottom-right`. */
  position?: PagePosition;
  xOffset?: number;
  yOffset?: number;
  /** Shown once the page is scrolled this many pixels (default 1000). */
  scrollOffset?: number;
  /** Milliseconds of the scroll back to the top. */
  duration?: number;
}

/**
 * Sticky content (usually a button) that appears once the page is scrolled down and takes the
 * user back to the top when clicked (QPageScroller). The scrolling happens in the tab.
 */
export class PageScroller extends Element {
  constructor(options: PageScrollerOptions = {}) {
    super('q-page-scroller');
    this.props({
      position: options.position ?? 'bottom-right',
      offset: [options.xOffset ?? 18, options.yOffset ?? 18],
      ...(options.scrollOffset !== undefined ? { scrollOffset: options.scrollOffset } : {}),
      ...(options.duration !== undefined ? { duration: options.duration } : {}),
    });
  }
}

/** `ui.pageScroller(() => ui.button('', { icon: 'arrow_upward', round: true }))` */
export function pageScroller(options?: PageScrollerOptions | Builder, builder?: Builder): PageScroller {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new PageScroller(opts), build);
}
