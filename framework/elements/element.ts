import { Element } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { withBuilder, type Builder } from './mixins/builder.js';

/** HTML tags that load or run code or change the document: never created by `ui.element`. */
const REFUSED = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'template', 'noscript']);

/** True when `tag` is an HTML tag or a component tag (`q-btn`) that `ui.element` may create. */
export function isAllowedTag(tag: string): boolean {
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag) && !REFUSED.has(tag);
}

/**
 * `ui.element('section', () => { ... })`: any HTML tag, or any Quasar component by its `q-*` tag,
 * configured with `.props()`, `.classes()`, `.style()` and `.on()`. Tags that load or run code
 * (`script`, `iframe`, `object`, ...) are refused.
 */
export function element(tag = 'div', builder?: Builder): Element {
  if (!isAllowedTag(tag)) throw new KiteError(`ui.element: the tag "${tag.slice(0, 40)}" is not allowed`);
  return withBuilder(new Element(tag), builder);
}
