import type { Builder } from './mixins/builder.js';
import { optionProps } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface SplitterOptions {
  /** Size of the first pane, in `unit`s (default 50). */
  value?: number;
  /** Panes above each other instead of side by side. */
  horizontal?: boolean;
  /** Smallest and largest size of the first pane (default [0, 100]). */
  limits?: [number, number];
  unit?: '%' | 'px';
  /** The size applies to the second pane. */
  reverse?: boolean;
  separatorClass?: string;
  beforeClass?: string;
  afterClass?: string;
  disable?: boolean;
  /** Content of the first (left or top) pane. */
  before?: Builder;
  /** Content of the second (right or bottom) pane. */
  after?: Builder;
  onChange?: ValueChangeHandler<number, Splitter>;
}

const PROPS = ['horizontal', 'unit', 'reverse', 'separatorClass', 'beforeClass', 'afterClass', 'disable'] as const;

/**
 * Two panes with a draggable separator (QSplitter); the value is the first pane's size. Content
 * goes into the `before` and `after` slots; sizes from the tab are clamped to the limits.
 */
export class Splitter extends ValueElement<number> {
  constructor(options: SplitterOptions = {}) {
    const limits = options.limits ?? [0, 100];
    super('q-splitter', clamp(options.value ?? 50, limits));
    this.props({ limits, ...optionProps(options, PROPS) });
    if (options.before) this.before(options.before);
    if (options.after) this.after(options.after);
    if (options.onChange) this.onChange(options.onChange);
  }

  /** Builds content into the first pane. */
  before(builder: Builder): this {
    this.within(builder, 'before');
    return this;
  }

  /** Builds content into the second pane. */
  after(builder: Builder): this {
    this.within(builder, 'after');
    return this;
  }

  /** Builds the separator's content (e.g. a drag icon). */
  separator(builder: Builder): this {
    this.within(builder, 'separator');
    return this;
  }

  get limits(): [number, number] {
    return this.getProp('limits') as [number, number];
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false };
    return { ok: true, value: clamp(value, this.limits) };
  }
}

function clamp(n: number, [min, max]: [number, number]): number {
  return Math.min(max, Math.max(min, n));
}

/** `ui.splitter({ value: 30, before: () => ui.label('Left'), after: () => ui.label('Right') })` */
export function splitter(options: SplitterOptions = {}): Splitter {
  return new Splitter(options);
}
