import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface RowOptions {
  /** Wrap children onto the next line when they do not fit (default true). */
  wrap?: boolean;
  /** CSS gap between children; default `1rem`. */
  gap?: string;
  /** Cross-axis alignment (`items-*` class): start, center, end, stretch, baseline. */
  align?: 'start' | 'center' | 'end' | 'stretch' | 'baseline';
}

/** A flex row (`div.row`); children go in the builder. */
export class Row extends Element {
  constructor(options: RowOptions = {}) {
    super('div');
    this.classes(`row ${options.wrap === false ? 'no-wrap' : 'wrap'} items-${options.align ?? 'start'}`).style({ gap: options.gap ?? '1rem' });
  }
}

/** `ui.row(() => { ui.button('A'); ui.button('B') })` */
export function row(options?: RowOptions | Builder, builder?: Builder): Row {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Row(opts), build);
}
