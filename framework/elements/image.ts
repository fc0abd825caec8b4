import { Element } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { safeUrl } from './mixins/sanitize.js';

export interface ImageOptions {
  alt?: string;
  ratio?: number | string;
  fit?: 'cover' | 'fill' | 'contain' | 'none' | 'scale-down';
  width?: string;
  height?: string;
  spinnerColor?: string;
  noSpinner?: boolean;
}

/** A Quasar image (QImg); children (a caption) go in the builder. `javascript:` sources are refused. */
export class Image extends Element {
  constructor(source: string, options: ImageOptions = {}) {
    safeUrl(source, 'image source', { dataImages: true }); // before the element joins the page
    super('q-img');
    this.props({ src: source, ...optionProps(options, ['alt', 'ratio', 'fit', 'width', 'height', 'spinnerColor', 'noSpinner']) });
  }

  get source(): string {
    return (this.getProp('src') as string | undefined) ?? '';
  }

  set source(value: string) {
    this.setProp('src', value);
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'src' && value !== undefined) safeUrl(String(value), 'image source', { dataImages: true });
    return super.setProp(key, value);
  }
}

/** `ui.image('/static/logo.png', { ratio: 16 / 9 })` */
export function image(source: string, options: ImageOptions = {}, builder?: Builder): Image {
  return withBuilder(new Image(source, options), builder);
}
