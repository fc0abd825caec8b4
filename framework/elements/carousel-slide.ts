import { Element } from '../core/element.js';
import { withBuilder, type Builder } from './mixins/builder.js';
import { safeUrl } from './mixins/sanitize.js';

export interface CarouselSlideOptions {
  /** A background image (`javascript:` is refused). */
  imgSrc?: string;
  disable?: boolean;
}

/** One slide of a `ui.carousel` (QCarouselSlide); `name` identifies it in the carousel's value. */
export class CarouselSlide extends Element {
  readonly name: string;

  constructor(name: string, options: CarouselSlideOptions = {}) {
    if (options.imgSrc) safeUrl(options.imgSrc, 'slide image', { dataImages: true });
    super('q-carousel-slide');
    this.name = name;
    this.props({ name, ...(options.imgSrc ? { imgSrc: options.imgSrc } : {}), ...(options.disable ? { disable: true } : {}) });
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'imgSrc' && value !== undefined) safeUrl(String(value), 'slide image', { dataImages: true });
    return super.setProp(key, value);
  }
}

/** `ui.carouselSlide('intro', { imgSrc: '/static/a.jpg' }, () => { ... })` inside `ui.carousel(() => ...)` */
export function carouselSlide(name: string, options?: CarouselSlideOptions | Builder, builder?: Builder): CarouselSlide {
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new CarouselSlide(name, opts), build);
}
