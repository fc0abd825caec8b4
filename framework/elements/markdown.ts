import { marked } from 'marked';
import { Html, type HtmlOptions } from './html.js';

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

/** Removes the indentation common to all lines, so markdown can be written in indented template strings. */
function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return cut ? lines.map((l) => l.slice(cut)).join('\n') : lines.join('\n');
}
