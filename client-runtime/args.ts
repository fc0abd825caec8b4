/**
 * Event arguments leave the tab as JSON. A DOM event contributes only the keys the server asked
 * for; plain data is sent whole but made JSON-safe: no functions or DOM nodes, no cycles, and
 * bounded in depth and size so one odd argument cannot flood the socket.
 */

export interface SafeLimits {
  depth: number;
  /** Values (objects, arrays and leaves) per argument list. */
  nodes: number;
  /** Characters per string. */
  stringLength: number;
}

export const defaultLimits: SafeLimits = { depth: 16, nodes: 5_000, stringLength: 100_000 };

/** Marks a value that cannot be sent (functions, DOM nodes, events without requested keys). */
const DROPPED = Symbol('dropped');

const isEvent = (value: object): value is Event => typeof Event !== 'undefined' && value instanceof Event;
const isDomNode = (value: object): boolean =>
  (typeof Node !== 'undefined' && value instanceof Node) || (typeof Window !== 'undefined' && value instanceof Window);
const isBlob = (value: object): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

class Converter {
  private nodes = 0;
  private readonly ancestors = new Set<object>();

  constructor(private readonly limits: SafeLimits) {}

  convert(value: unknown, depth: number): unknown {
    if (++this.nodes > this.limits.nodes) return DROPPED;
    switch (typeof value) {
      case 'string':
        return value.length > this.limits.stringLength ? value.slice(0, this.limits.stringLength) : value;
      case 'number':
        return Number.isFinite(value) ? value : null;
      case 'boolean':
        return value;
      case 'bigint':
        return String(value);
      case 'object':
        return value === null ? null : this.convertObject(value, depth);
      default:
        return DROPPED;
    }
  }

  private convertObject(value: object, depth: number): unknown {
    if (isDomNode(value) || isEvent(value)) return DROPPED;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (isBlob(value)) return { name: (value as File).name, size: value.size, type: value.type };
    if (depth >= this.limits.depth || this.ancestors.has(value)) return DROPPED;
    this.ancestors.add(value);
    try {
      if (Array.isArray(value) || value instanceof Set) return Array.from(value, (item) => this.orNull(item, depth + 1));
      const entries: Iterable<[unknown, unknown]> = value instanceof Map ? value : Object.entries(value);
      const out: Record<string, unknown> = {};
      for (const [key, item] of entries) {
        const converted = this.convert(item, depth + 1);
        if (converted !== DROPPED && converted !== undefined) out[String(key)] = converted;
      }
      return out;
    } finally {
      this.ancestors.delete(value);
    }
  }

  orNull(value: unknown, depth: number): unknown {
    const converted = this.convert(value, depth);
    return converted === DROPPED ? null : converted;
  }

  /** The requested keys of a DOM event, each made JSON-safe; DROPPED when none were requested. */
  pick(event: Event, keys: readonly string[] | undefined): unknown {
    if (!keys?.length) return DROPPED;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const converted = this.convert((event as unknown as Record<string, unknown>)[key], 1);
      if (converted !== DROPPED && converted !== undefined) out[key] = converted;
    }
    return out;
  }
}

/** Makes one value JSON-safe (used for values and call results). */
export function toJsonSafe(value: unknown, limits: SafeLimits = defaultLimits): unknown {
  return new Converter(limits).orNull(value, 0);
}

/**
 * The arguments of one event as sent up. Dropped arguments become null to keep positions,
 * except at the end, so a click sends `[]` rather than `[null]`.
 */
export function serializeArgs(args: readonly unknown[], eventKeys?: readonly string[], limits: SafeLimits = defaultLimits): unknown[] {
  const converter = new Converter(limits);
  const out = args.map((arg) =>
    typeof arg === 'object' && arg !== null && isEvent(arg) ? converter.pick(arg, eventKeys) : converter.convert(arg, 0),
  );
  while (out.length > 0 && (out[out.length - 1] === DROPPED || out[out.length - 1] === undefined)) out.pop();
  return out.map((item) => (item === DROPPED || item === undefined ? null : item));
}
