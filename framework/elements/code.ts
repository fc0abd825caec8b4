import { Element } from '../core/element.js';
import { dedent } from './mixins/dedent.js';
import { highlight, languageName, sanitizeHighlighted, type CodeLanguage } from './mixins/highlight.js';

export type { CodeLanguage } from './mixins/highlight.js';

export interface CodeOptions {
  /**
   * The language to highlight (default `auto`: the likeliest of the supported ones, which costs
   * one pass per language on each change; name the language for content that changes often).
   */
  language?: CodeLanguage;
}

/**
 * Source code, highlighted on the server with highlight.js (the browser loads no highlighter),
 * with a button that copies it. Only highlight.js's `span`s reach the tab: the markup is
 * sanitized also when it is set through `.props()`. Setting `.content` sends one prop.
 */
export class Code extends Element {
  private _content = '';
  private _language: CodeLanguage;

  constructor(content: string, options: CodeOptions = {}) {
    const language = options.language ?? 'auto';
    languageName(language); // an unknown language fails before the element joins the page
    super('k-code');
    this._language = language;
    this.content = content;
  }

  protected override rendersHtml(): boolean {
    return true;
  }

  /** The source as the page author gave it (shown without the indentation common to its lines). */
  get content(): string {
    return this._content;
  }

  set content(value: string) {
    this._content = String(value);
    this.render();
  }

  get language(): CodeLanguage {
    return this._language;
  }

  set language(value: CodeLanguage) {
    languageName(value);
    this._language = value;
    this.render();
  }

  private render(): void {
    const { html, language } = highlight(dedent(this._content).trimEnd(), this._language);
    this.setProp('innerHTML', html);
    this.setProp('language', language);
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'innerHTML' && value !== undefined) value = sanitizeHighlighted(String(value));
    return super.setProp(key, value);
  }
}

/** `ui.code('const answer = 42;', { language: 'typescript' })`; set `.content` to change it. */
export function code(content = '', options: CodeOptions = {}): Code {
  return new Code(content, options);
}
