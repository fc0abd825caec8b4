import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface ScrollAreaOptions {
  /** Height of the visible area (QScrollArea needs one); default `300px`. */
  height?: string;
  width?: string;
  visible?: boolean;
  dark?: boolean;
}

/** A scrollable area with custom scrollbars (QScrollArea). */
export class ScrollArea extends Element {
  constructor(options: ScrollAreaOptions = {}) {
    super('q-scroll-area');
    this.style({ height: options.height ?? '300px', width: options.width ?? '100%' });
    if (options.visible !== undefined) this.setProp('visible', options.visible);
    if (options.dark) this.setProp('dark', true);
  }

  /** Scrolls to a position in pixels, or to a fraction (0..1) with `percent`. */
  scrollTo(position: number, options: { axis?: 'vertical' | 'horizontal'; percent?: boolean; duration?: number } = {}): this {
    const method = options.percent ? 'setScrollPercentage' : 'setScrollPosition';
    this.client.runMethod(this, method, [options.axis ?? 'vertical', position, options.duration ?? 0]);
    return this;
  }
}

/** `ui.scrollArea({ height: '200px' }, () => { ... })` */
export function scrollArea(options?: ScrollAreaOptions | Builder, builder?: Builder): ScrollArea {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new ScrollArea(opts), build);
}
