import { Element } from '../core/element.js';
import { withBuilder, type Builder } from './mixins/builder.js';
import { safeUrl } from './mixins/sanitize.js';

export interface LinkOptions {
  /** Opens the target in a new tab (without giving it access to this one). */
  newTab?: boolean;
}

/**
 * A hyperlink (`a`). The target must be a relative URL or use http(s), mailto or tel:
 * `javascript:` and `data:` URLs are refused, also when set later or through `.props()`.
 */
export class Link extends Element {
  constructor(text: string, target: string, options: LinkOptions = {}) {
    safeUrl(target, 'link target'); // before the element joins the page
    super('a');
    this.text = text;
    this.href = target;
    if (options.newTab) this.props({ target: '_blank', rel: 'noopener noreferrer' });
  }

  get href(): string {
    return (this.getProp('href') as string | undefined) ?? '';
  }

  set href(value: string) {
    this.setProp('href', value);
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'href' && value !== undefined) safeUrl(String(value), 'link target');
    return super.setProp(key, value);
  }
}

/** `ui.link('Docs', '/docs', { newTab: true })`; a builder adds children (e.g. an image). */
export function link(text: string, target: string, options: LinkOptions = {}, builder?: Builder): Link {
  return withBuilder(new Link(text, target, options), builder);
}
