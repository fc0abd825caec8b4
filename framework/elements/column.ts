import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface ColumnOptions {
  wrap?: boolean;
  /** CSS gap between children; default `1rem`. */
  gap?: string;
  /** Cross-axis alignment (`items-*` class): start, center, end, stretch. */
  align?: 'start' | 'center' | 'end' | 'stretch';
}

/** A flex column (`div.column`); children go in the builder. */
export class Column extends Element {
  constructor(options: ColumnOptions = {}) {
    super('div');
    this.classes(`column ${options.wrap ? 'wrap' : 'no-wrap'} items-${options.align ?? 'start'}`).style({ gap: options.gap ?? '1rem' });
  }
}

/** `ui.column(() => { ui.label('one'); ui.label('two') })` */
export function column(options?: ColumnOptions | Builder, builder?: Builder): Column {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Column(opts), build);
}
