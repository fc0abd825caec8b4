import { Element } from '../core/element.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface GridOptions {
  /** Number of equal columns, or a `grid-template-columns` value (`'1fr 2fr'`, `'auto 1fr'`). */
  columns?: number | string;
  /** Number of equal rows, or a `grid-template-rows` value. */
  rows?: number | string;
  /** CSS gap between cells; default `1rem`. */
  gap?: string;
}

/** A CSS grid (`div` with `display: grid`); children fill the cells in order. */
export class Grid extends Element {
  constructor(options: GridOptions = {}) {
    super('div');
    this.style({ display: 'grid', gap: options.gap ?? '1rem' });
    if (options.columns !== undefined) this.columns = options.columns;
    if (options.rows !== undefined) this.style({ 'grid-template-rows': template(options.rows) });
  }

  get columns(): string {
    return this.getStyle()['grid-template-columns'] ?? '';
  }

  set columns(value: number | string) {
    this.style({ 'grid-template-columns': template(value) });
  }
}

function template(value: number | string): string {
  return typeof value === 'number' ? `repeat(${Math.max(1, Math.floor(value))}, minmax(0, 1fr))` : value;
}

/** `ui.grid({ columns: 3 }, () => { ... })` */
export function grid(options?: GridOptions | Builder, builder?: Builder): Grid {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Grid(opts), build);
}
