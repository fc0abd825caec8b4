import { optionProps } from './mixins/builder.js';
import { BoundedNumber } from './mixins/bounded.js';
import type { Accepted, ValueChangeHandler } from './mixins/value.js';

export interface PaginationOptions {
  /** Start on this page (default: min). */
  value?: number;
  /** Show arrows to the previous and next page. */
  directionLinks?: boolean;
  /** Show arrows to the first and last page. */
  boundaryLinks?: boolean;
  boundaryNumbers?: boolean;
  /** How many page buttons to show at most (0: all). */
  maxPages?: number;
  /** An input field instead of page buttons. */
  input?: boolean;
  color?: string;
  activeColor?: string;
  size?: string;
  disable?: boolean;
  onChange?: ValueChangeHandler<number, Pagination>;
}

const PROPS = ['directionLinks', 'boundaryLinks', 'boundaryNumbers', 'maxPages', 'input', 'color', 'activeColor', 'size', 'disable'] as const;

/** Page buttons (QPagination); the value is the current page. Pages from the tab outside min..max are rejected. */
export class Pagination extends BoundedNumber {
  constructor(min: number, max: number, options: PaginationOptions = {}) {
    super('q-pagination', min, max, options.value);
    this.props(optionProps(options, PROPS));
    if (options.onChange) this.onChange(options.onChange);
  }

  protected override acceptValue(value: unknown): Accepted {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= this.min && value <= this.max;
    return ok ? { ok: true, value } : { ok: false };
  }
}

/** `ui.pagination(1, 10, { directionLinks: true, onChange: e => load(e.value) })` */
export function pagination(min: number, max: number, options: PaginationOptions = {}): Pagination {
  return new Pagination(min, max, options);
}
