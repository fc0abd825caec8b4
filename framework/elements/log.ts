import { Element } from '../core/element.js';

export interface LogOptions {
  /** Oldest lines beyond this many are removed (default: keep all). */
  maxLines?: number;
  /** CSS height of the scrolling box (default `12rem`). */
  height?: string;
}

/** Lines per block: a push patches one block's list of children, never the whole history's. */
const BLOCK = 32;

/**
 * Lines of text appended over time (a `div`), e.g. the output of a job. Each `push` adds one
 * element, and trimming removes one: the tab receives the new line only, never the history.
 * Lines are grouped in blocks of 32 so that a frame also carries at most two short lists of
 * child ids. The box stays scrolled to the newest line (CSS `column-reverse`, no script).
 */
export class Log extends Element {
  readonly maxLines: number | undefined;
  private readonly body: Element;
  private count = 0;

  constructor(options: LogOptions = {}) {
    super('div');
    this.maxLines = options.maxLines;
    this.classes('q-pa-sm rounded-borders full-width').style({
      display: 'flex', 'flex-direction': 'column-reverse', 'overflow-y': 'auto', height: options.height ?? '12rem',
      'font-family': 'monospace', 'white-space': 'pre-wrap', border: '1px solid rgba(0, 0, 0, 0.12)',
    });
    // In a column-reverse box an auto bottom margin keeps a short log at the top (and does nothing once it scrolls).
    this.body = new Element('div', { parent: this }).style({ 'margin-bottom': 'auto' });
  }

  /** The lines shown, oldest first. */
  get lines(): string[] {
    return this.body.children().flatMap((block) => block.children().map((line) => line.text));
  }

  /** Appends a line (converted to text; never HTML). */
  push(line: unknown, options: { classes?: string; style?: string } = {}): this {
    const blocks = this.body.children();
    let block = blocks[blocks.length - 1];
    if (!block || block.children().length >= BLOCK) block = new Element('div', { parent: this.body });
    const el = new Element('div', { parent: block });
    el.text = String(line);
    if (options.classes) el.classes(options.classes);
    if (options.style) el.style(options.style);
    this.count++;
    if (this.maxLines !== undefined) while (this.count > this.maxLines) this.dropOldest();
    return this;
  }

  /** Removes every line. */
  override clear(): this {
    this.body.clear();
    this.count = 0;
    return this;
  }

  private dropOldest(): void {
    const first = this.body.children()[0];
    if (!first) return;
    const oldest = first.children()[0];
    if (first.children().length <= 1) first.delete();
    else oldest?.delete();
    this.count--;
  }
}

/** `const log = ui.log({ maxLines: 500 }); log.push('started')` */
export function log(options: LogOptions = {}): Log {
  return new Log(options);
}
