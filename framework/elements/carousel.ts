import { optionProps, splitArgs, type Builder } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';
import { CarouselSlide } from './carousel-slide.js';
import { namesBelow } from './tab.js';

export interface CarouselOptions {
  /** The visible slide's name; defaults to the first slide. */
  value?: string;
  /** Slide between slides (default true). */
  animated?: boolean;
  arrows?: boolean;
  /** Dots to go to a slide. */
  navigation?: boolean;
  navigationPosition?: 'top' | 'right' | 'bottom' | 'left';
  /** After the last slide comes the first. */
  infinite?: boolean;
  /** Moves on by itself: true, or milliseconds per slide. */
  autoplay?: boolean | number;
  swipeable?: boolean;
  vertical?: boolean;
  height?: string;
  padding?: boolean;
  controlColor?: string;
  onChange?: ValueChangeHandler<string | null, Carousel>;
}

const PROPS = ['arrows', 'navigation', 'navigationPosition', 'infinite', 'autoplay', 'swipeable', 'vertical', 'height', 'padding', 'controlColor'] as const;

/** Slides shown one at a time (QCarousel); the value is the visible slide's name. Only names of its slides are accepted. */
export class Carousel extends ValueElement<string | null> {
  constructor(options: CarouselOptions = {}) {
    super('q-carousel', options.value ?? null);
    this.props({ animated: options.animated ?? true, ...optionProps(options, PROPS) });
  }

  /** Names of the slides inside, in order. */
  get names(): string[] {
    return namesBelow(this, CarouselSlide);
  }

  /** Shows the next slide (the first after the last, when `infinite`). */
  next(): this {
    return this.advance(1);
  }

  previous(): this {
    return this.advance(-1);
  }

  private advance(by: number): this {
    const names = this.names;
    if (!names.length) return this;
    let at = (this.value === null ? -1 : names.indexOf(this.value)) + by;
    at = this.getProp('infinite') ? (at + names.length) % names.length : Math.min(names.length - 1, Math.max(0, at));
    this.value = names[at]!;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    return typeof value === 'string' && this.names.includes(value) ? { ok: true, value } : { ok: false };
  }
}

/** `ui.carousel({ arrows: true, navigation: true }, () => { ui.carouselSlide('a', ...); ui.carouselSlide('b', ...) })` */
export function carousel(options?: CarouselOptions | Builder, builder?: Builder): Carousel {
  const [opts, build] = splitArgs(options, builder);
  const el = new Carousel(opts);
  if (build) el.within(build);
  if (el.value === null && el.names.length) el.value = el.names[0]!;
  if (opts.onChange) el.onChange(opts.onChange);
  return el;
}
