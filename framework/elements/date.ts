import { optionProps } from './mixins/builder.js';
import { DateMask } from './mixins/date-mask.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

/** A chosen span of days (with `range`). */
export interface DateSpan {
  from: string;
  to: string;
}

/** One date, one span, several of them (with `multiple`), or nothing. */
export type DateValue = string | DateSpan | (string | DateSpan)[] | null;

export interface DateOptions {
  value?: DateValue;
  /** How the value is written (Quasar's numeric mask tokens); default `YYYY-MM-DD`. */
  mask?: string;
  /** The user picks a span: `{ from, to }`. */
  range?: boolean;
  /** The user picks several dates (or spans): the value is a list. */
  multiple?: boolean;
  /** Clicking the chosen date again does not clear it. */
  noUnset?: boolean;
  minimal?: boolean;
  todayBtn?: boolean;
  landscape?: boolean;
  color?: string;
  firstDayOfWeek?: number;
  title?: string;
  subtitle?: string;
  readonly?: boolean;
  disable?: boolean;
  onChange?: ValueChangeHandler<DateValue, DatePicker>;
}

const PROPS = ['range', 'multiple', 'noUnset', 'minimal', 'todayBtn', 'landscape', 'color', 'firstDayOfWeek', 'title', 'subtitle', 'readonly', 'disable'] as const;

/**
 * A calendar (QDate). The value is the chosen date as the mask writes it, a `{ from, to }` span
 * with `range`, or a list with `multiple`. A value from the tab that does not match the mask,
 * names no real day, or is a span that ends before it starts, is rejected.
 */
export class DatePicker extends ValueElement<DateValue> {
  readonly dateMask: DateMask;

  constructor(options: DateOptions = {}) {
    const mask = new DateMask(options.mask ?? 'YYYY-MM-DD');
    super('q-date', options.value ?? (options.multiple ? [] : null));
    this.dateMask = mask;
    this.props({ mask: mask.mask, ...optionProps(options, PROPS) });
    if (options.onChange) this.onChange(options.onChange);
  }

  protected override acceptValue(value: unknown): Accepted {
    if (this.getProp('multiple')) {
      if (value === null) return { ok: true, value: [] };
      if (!Array.isArray(value) || value.length > 1000) return { ok: false };
      const list = value.map((v) => this.acceptOne(v));
      return list.every((v) => v !== undefined) ? { ok: true, value: list } : { ok: false };
    }
    if (value === null) return this.getProp('noUnset') ? { ok: false } : { ok: true, value };
    const one = this.acceptOne(value);
    return one === undefined ? { ok: false } : { ok: true, value: one };
  }

  /** One date, or (with `range`) one ordered span as a fresh `{ from, to }`; undefined when invalid. */
  private acceptOne(value: unknown): string | DateSpan | undefined {
    if (this.dateMask.matches(value)) return value;
    if (!this.getProp('range') || typeof value !== 'object' || value === null) return undefined;
    const { from, to } = value as Record<string, unknown>;
    const ok = this.dateMask.matches(from) && this.dateMask.matches(to) && this.dateMask.key(from) <= this.dateMask.key(to);
    return ok ? { from, to } : undefined;
  }
}

/** `ui.date({ value: '2025-05-01', onChange: e => ... })`; `{ range: true }` for a span. */
export function date(options: DateOptions = {}): DatePicker {
  return new DatePicker(options);
}
