/**
 * Listener names as the server registers them (`click`, `update:pagination`, `keydown.enter`,
 * `click.ctrl.prevent`) turned into a Vue listener prop and a modifier check, like Vue's
 * template compiler does for `@keydown.enter`, but at run time and without eval.
 */

export interface ParsedListenerName {
  /** The emitted or DOM event name, without modifiers. */
  event: string;
  /** The Vue prop that listens to it: `onClick`, `onUpdate:pagination`, `onKeydownOnce`. */
  prop: string;
  /** Modifiers checked when the event fires (keys, system keys, buttons, stop, prevent, self, exact). */
  modifiers: string[];
}

// Maps, not records: a modifier named `constructor` or `toString` must find nothing.
/** Vue's listener options, which become a suffix of the prop name instead of a run-time check. */
const OPTION_SUFFIXES = new Map([
  ['once', 'Once'],
  ['capture', 'Capture'],
  ['passive', 'Passive'],
]);
const SYSTEM_KEYS = ['ctrl', 'shift', 'alt', 'meta'] as const;
const MOUSE_BUTTONS = new Map([
  ['left', 0],
  ['middle', 1],
  ['right', 2],
]);
/** Vue's aliases for `event.key` (after hyphenation). */
const KEY_ALIASES = new Map([
  ['esc', ['escape']],
  ['space', [' ']],
  ['up', ['arrow-up']],
  ['down', ['arrow-down']],
  ['left', ['arrow-left']],
  ['right', ['arrow-right']],
  ['delete', ['backspace', 'delete']],
]);

const camelize = (s: string): string => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const hyphenate = (s: string): string => s.replace(/\B([A-Z])/g, '-$1').toLowerCase();

export function parseListenerName(name: string): ParsedListenerName {
  const [event = '', ...rest] = name.split('.');
  let prop = 'on' + capitalize(camelize(event));
  const modifiers: string[] = [];
  for (const modifier of rest) {
    const suffix = OPTION_SUFFIXES.get(modifier);
    if (suffix) prop += suffix;
    else if (modifier) modifiers.push(modifier);
  }
  return { event, prop, modifiers };
}

interface EventLike {
  key?: unknown;
  button?: unknown;
  target?: unknown;
  currentTarget?: unknown;
  ctrlKey?: unknown;
  shiftKey?: unknown;
  altKey?: unknown;
  metaKey?: unknown;
  stopPropagation?: () => void;
  preventDefault?: () => void;
}

const isKeyboardEvent = (event: string): boolean => event === 'keydown' || event === 'keyup' || event === 'keypress';

/**
 * Returns a function that decides whether an event passes the modifiers, and when it does
 * performs `stop` and `prevent`. Without modifiers every call passes (plain data arguments too).
 */
export function modifierGuard(event: string, modifiers: string[]): (arg: unknown) => boolean {
  if (modifiers.length === 0) return () => true;
  const keyboard = isKeyboardEvent(event);
  const keys = modifiers.filter(
    (m) => !['stop', 'prevent', 'self', 'exact', ...SYSTEM_KEYS].includes(m) && (keyboard || !MOUSE_BUTTONS.has(m)),
  );
  const buttons = keyboard ? [] : modifiers.filter((m) => MOUSE_BUTTONS.has(m));
  return (arg) => {
    if (typeof arg !== 'object' || arg === null) return false;
    const e = arg as EventLike;
    for (const system of SYSTEM_KEYS) if (modifiers.includes(system) && !e[`${system}Key`]) return false;
    if (modifiers.includes('exact') && SYSTEM_KEYS.some((s) => !modifiers.includes(s) && e[`${s}Key`])) return false;
    if (modifiers.includes('self') && e.target !== e.currentTarget) return false;
    for (const button of buttons) if ('button' in e && e.button !== MOUSE_BUTTONS.get(button)) return false;
    if (keys.length > 0) {
      if (typeof e.key !== 'string') return false;
      const pressed = hyphenate(e.key);
      if (!keys.some((k) => k === pressed || KEY_ALIASES.get(k)?.includes(pressed))) return false;
    }
    if (modifiers.includes('stop')) e.stopPropagation?.();
    if (modifiers.includes('prevent')) e.preventDefault?.();
    return true;
  };
}
