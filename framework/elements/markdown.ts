import { marked } from 'marked';
import { Html, type HtmlOptions } from './html.js';
import { dedent } from './mixins/dedent.js';

export type MarkdownOptions = Omit<HtmlOptions, 'tag'>;

/** Markdown rendered to HTML on the server with `marked`, then sanitized (unless opted out). */
export class Markdown extends Html {
  constructor(content: string, options: MarkdownOptions = {}) {
    super(content, options);
    this.classes('k-markdown');
  }

  protected override render(content: string): string {
    return marked.parse(dedent(content), { async: false, gfm: true });
  }
}

/** `ui.markdown('# Title\n\nSome *text*')`; set `.content` to change it. */
export function markdown(content = '', options: MarkdownOptions = {}): Markdown {
  return new Markdown(content, options);
}
