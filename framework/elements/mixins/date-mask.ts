import { KiteError } from '../../core/errors.js';

/** The numeric tokens of Quasar's date and time masks, with the digits each takes. */
const TOKENS: Record<string, string> = {
  YYYY: '(\\d{4})', YY: '(\\d{2})', MM: '(\\d{2})', M: '(\\d{1,2})', DD: '(\\d{2})', D: '(\\d{1,2})',
  HH: '(\\d{2})', H: '(\\d{1,2})', hh: '(\\d{2})', h: '(\\d{1,2})', mm: '(\\d{2})', m: '(\\d{1,2})',
  ss: '(\\d{2})', s: '(\\d{1,2})', A: '(AM|PM)', a: '(am|pm)',
};

/** Which field of a date a token fills. */
const FIELD: Record<string, keyof Parts> = {
  YYYY: 'year', YY: 'year', MM: 'month', M: 'month', DD: 'day', D: 'day', HH: 'hour', H: 'hour',
  hh: 'hour12', h: 'hour12', mm: 'minute', m: 'minute', ss: 'second', s: 'second', A: 'meridiem', a: 'meridiem',
};

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  hour12?: number;
  minute?: number;
  second?: number;
  meridiem?: number;
}

/**
 * A Quasar date/time mask (`YYYY-MM-DD`, `HH:mm`, `DD.MM.YYYY [at] h:mm A`) that checks strings
 * from the tab: the right shape, and a real date and time (no 31st of April, no 25 o'clock).
 * Names of months and days (MMM, dddd) are not supported: the value must survive a round trip.
 */
export class DateMask {
  private readonly pattern: RegExp;
  private readonly fields: (keyof Parts)[] = [];

  constructor(readonly mask: string) {
    let source = '';
    for (const [part] of mask.matchAll(/\[[^\]]*\]|([A-Za-z])\1*|[^A-Za-z[]+/g)) {
      if (part.startsWith('[')) source += escape(part.slice(1, -1));
      else if (/^[A-Za-z]/.test(part)) {
        const token = TOKENS[part];
        if (!token) throw new KiteError(`date mask "${mask}": token "${part}" is not supported (use numeric tokens such as YYYY, MM, DD, HH, mm, ss)`);
        source += token;
        this.fields.push(FIELD[part]!);
      } else source += escape(part);
    }
    this.pattern = new RegExp(`^${source}$`);
  }

  /** True when `text` has the mask's shape and names a real date and time. */
  matches(text: unknown): text is string {
    return typeof text === 'string' && this.parse(text) !== undefined;
  }

  /** A sortable number for a matching string (year, month, day, time), to check that a range is ordered. */
  key(text: string): number {
    const p = this.parse(text) ?? {};
    const hour = p.hour ?? ((p.hour12 ?? 12) % 12) + 12 * (p.meridiem ?? 0);
    return ((((p.year ?? 0) * 13 + (p.month ?? 0)) * 32 + (p.day ?? 0)) * 24 + hour) * 3600 + (p.minute ?? 0) * 60 + (p.second ?? 0);
  }

  private parse(text: string): Parts | undefined {
    if (text.length > 64) return undefined;
    const match = this.pattern.exec(text);
    if (!match) return undefined;
    const parts: Parts = {};
    this.fields.forEach((field, i) => {
      const raw = match[i + 1]!;
      parts[field] = field === 'meridiem' ? (raw.toLowerCase() === 'pm' ? 1 : 0) : Number(raw);
    });
    return valid(parts) ? parts : undefined;
  }
}

function valid(p: Parts): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > daysIn(p.year ?? 2000, p.month ?? 1))) return false;
  if (p.hour !== undefined && p.hour > 23) return false;
  if (p.hour12 !== undefined && (p.hour12 < 1 || p.hour12 > 12)) return false;
  if (p.minute !== undefined && p.minute > 59) return false;
  return p.second === undefined || p.second <= 59;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
