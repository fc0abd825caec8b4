import { Element } from '../core/element.js';
import { sanitize } from './mixins/sanitize.js';

export interface HtmlOptions {
  /**
   * Sanitize the HTML on the server (default true): scripts, event handler attributes, styles
   * and unsafe URLs are removed. `false` is an explicit opt-out for HTML you fully control.
   */
  sanitize?: boolean;
  /** The wrapping HTML tag; default `div`. */
  tag?: string;
}

/**
 * Raw HTML rendered through the wrapper's `innerHTML` prop. Sanitized by default, also when the
 * content changes or `innerHTML` is set through `.props()`.
 */
export class Html extends Element {
  readonly sanitized: boolean;
  private _content = '';

  constructor(content: string, options: HtmlOptions = {}) {
    super(options.tag ?? 'div');
    this.sanitized = options.sanitize !== false;
    this.content = content;
  }

  protected override rendersHtml(): boolean {
    return true;
  }

  /** The source as the page author gave it (before sanitizing or rendering). */
  get content(): string {
    return this._content;
  }

  set content(value: string) {
    this._content = String(value);
    this.setProp('innerHTML', this.render(this._content));
  }

  /** Turns the source into HTML (markdown overrides this); sanitizing happens after. */
  protected render(content: string): string {
    return content;
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'innerHTML' && value !== undefined && this.sanitized) value = sanitize(String(value));
    return super.setProp(key, value);
  }
}

/** `ui.html('<b>bold</b>')`; `ui.html(trusted, { sanitize: false })` to keep everything. */
export function html(content = '', options: HtmlOptions = {}): Html {
  return new Html(content, options);
}
