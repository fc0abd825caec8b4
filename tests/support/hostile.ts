/**
 * Generated hostile input for property-style tests: a seeded generator (so a failure names the seed
 * that reproduces it) of strings, JSON texts, paths and websocket frames an attacker would try.
 */

/** mulberry32: small, fast, and good enough to spread test cases; never for secrets. */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[this.int(values.length)] as T;
  }
}

/** Strings that broke parsers, databases, templates and prototype lookups somewhere before. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  "'; DROP TABLE item; --",
  "' OR '1'='1",
  '"',
  '\\',
  '\\0',
  '?',
  '??',
  ':name',
  '$1',
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%FF',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__lookupGetter__',
  '__defineSetter__',
  'propertyIsEnumerable',
  '\u202eevil',
  '\r\nSet-Cookie: x=1',
  '\u2028\u2029',
  '😀'.repeat(300),
  'a'.repeat(256),
  'a'.repeat(70_000),
  'é'.repeat(73),
  'x'.repeat(73),
  '1e309',
  '-1',
  '9007199254740993',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  'admin@example.com',
  'user@example.com\u0000',
  '00000000-0000-0000-0000-000000000000',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
];

const NUMBERS: readonly number[] = [0, -0, 1, -1, 0.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, 100, 101, 1000];

export function hostileString(rng: Rng): string {
  if (rng.chance(0.8)) return rng.pick(HOSTILE_STRINGS);
  // Random code units, surrogate halves and controls included.
  return Array.from({ length: rng.int(40) }, () => String.fromCharCode(rng.int(0x10000))).join('');
}

/**
 * A JSON text of a random value. Objects are written as text (not through JSON.stringify of an
 * object) so that keys like `__proto__` reach the server as own keys.
 */
export function hostileJson(rng: Rng, depth = 0, keys: readonly string[] = []): string {
  const roll = rng.int(depth > 3 ? 4 : 7);
  switch (roll) {
    case 0:
      return rng.pick(['null', 'true', 'false']);
    case 1:
      // 1e400 is valid JSON that parses to Infinity.
      return rng.chance(0.1) ? '1e400' : JSON.stringify(rng.pick(NUMBERS));
    case 2:
    case 3:
      return JSON.stringify(hostileString(rng));
    case 4:
      return `[${Array.from({ length: rng.int(4) }, () => hostileJson(rng, depth + 1, keys)).join(',')}]`;
    default: {
      const names = [...keys, ...HOSTILE_STRINGS.slice(25, 34)];
      const entries = Array.from({ length: rng.int(6) }, () => `${JSON.stringify(rng.pick(names))}:${hostileJson(rng, depth + 1, keys)}`);
      return `{${entries.join(',')}}`;
    }
  }
}

/** A path segment as an attacker would put it on the request line: broken %-escapes stay raw. */
export function hostileSegment(rng: Rng): string {
  const raw = hostileString(rng).slice(0, 3000);
  if (/^[%\w.-]*$/.test(raw)) return raw;
  // Anything else is escaped as a client would, so the request line itself stays valid HTTP.
  return encodeURIComponent(raw.replace(/[\ud800-\udfff]/g, '\ufffd'));
}

/** Deeply nested JSON, the classic parser stack test. */
export function nestedJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
