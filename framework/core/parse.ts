/** Parsers for the string shorthands of `.props()`, `.classes()` and `.style()`. */

const PROP_TOKEN = /([:\w.\-@]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

/** `'outline color=red label="Two words"'` -> `{ outline: true, color: 'red', label: 'Two words' }` */
export function parseProps(text: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const m of text.matchAll(PROP_TOKEN)) {
    const value = m[2] ?? m[3] ?? m[4];
    props[m[1]!] = value === undefined ? true : value;
  }
  return props;
}

export function parseClasses(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).map(sharedClassName);
}

/**
 * Splitting makes a new string per class name, per element, per client (`row`, `items-start`...),
 * though pages use a small vocabulary of them: the first copy of each name is kept and reused.
 * Bounded, so that generated class names cannot grow it without limit.
 */
const classNames = new Map<string, string>();
const MAX_SHARED_CLASS_NAMES = 4096;

function sharedClassName(name: string): string {
  const shared = classNames.get(name);
  if (shared !== undefined) return shared;
  if (classNames.size < MAX_SHARED_CLASS_NAMES) classNames.set(name, name);
  return name;
}

/**
 * Whole class lists are shared the same way: every client's `text-subtitle1` label, `row` or page
 * body holds one frozen list (an element replaces its list on change, never edits it in place).
 * Bounded like the names; a list beyond the bound gets an exact copy of its own.
 */
const classLists = new Map<string, readonly string[]>();
const MAX_SHARED_CLASS_LISTS = 4096;

export function sharedClassList(list: readonly string[]): readonly string[] {
  const key = list.join(' ');
  const shared = classLists.get(key);
  if (shared) return shared;
  const copy = Object.freeze(list.slice());
  if (classLists.size < MAX_SHARED_CLASS_LISTS) classLists.set(key, copy);
  return copy;
}

/** `'color: red; font-size: 12px'` -> `{ color: 'red', 'font-size': '12px' }` */
export function parseStyle(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const key = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).trim();
    if (key && value) style[key] = value;
  }
  return style;
}
