import { Element, type ElementEvent } from '../core/element.js';
import type { KeyEventData } from '../protocol/messages.js';

/** Where typing is not a shortcut: form fields, buttons, and editable content (`contenteditable`). */
export type KeyboardIgnore = 'input' | 'textarea' | 'select' | 'button' | 'contenteditable';

export interface KeyboardOptions {
  /** Listen at once (default true); set `.active` later to start or stop. */
  active?: boolean;
  /** Also report the keydowns a held key repeats (default true). */
  repeating?: boolean;
  /** Keys typed into these are not reported (default: input, textarea, select, contenteditable); `[]` hears all. */
  ignore?: readonly KeyboardIgnore[];
}

export interface KeyModifiers {
  readonly alt: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
}

export interface KeyEvent {
  readonly sender: Keyboard;
  /** The key's value as the browser names it: `a`, `A`, `Enter`, `ArrowUp`, `Escape`, ` `. */
  readonly key: string;
  /** The physical key, whatever the layout: `KeyA`, `Enter`, `ArrowUp`, `Space`. */
  readonly code: string;
  readonly action: 'keydown' | 'keyup';
  /** A keydown repeated because the key is held down. */
  readonly repeat: boolean;
  readonly modifiers: KeyModifiers;
}

export type KeyHandler = (event: KeyEvent) => unknown;

const DEFAULT_IGNORE: readonly KeyboardIgnore[] = ['input', 'textarea', 'select', 'contenteditable'];
const IGNORABLE = new Set<string>(['input', 'textarea', 'select', 'button', 'contenteditable']);
/** Longer than any key or code name browsers use (`AudioVolumeMute`, `BrowserFavorites`). */
const MAX_NAME = 32;

const isName = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME;

/** The `key` event's data as the tab sent it, or undefined when it is not a well-formed key event. */
export function parseKeyEvent(value: unknown): KeyEventData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Record<string, unknown>;
  const { key, code, action, repeat, alt, ctrl, meta, shift } = data;
  if (!isName(key) || (code !== '' && !isName(code))) return undefined;
  if (action !== 'keydown' && action !== 'keyup') return undefined;
  for (const flag of [repeat, alt, ctrl, meta, shift]) if (typeof flag !== 'boolean') return undefined;
  return data as unknown as KeyEventData;
}

/**
 * Key presses anywhere in the tab's document (`k-keyboard`, which renders nothing). The tab
 * listens only while the element is active, and does not report keys typed into form fields
 * unless told to. Each key event is one message to the server, under the socket's rate limit.
 */
export class Keyboard extends Element {
  private handlers: KeyHandler[] = [];

  constructor(options: KeyboardOptions = {}) {
    super('k-keyboard');
    const ignore = options.ignore ?? DEFAULT_IGNORE;
    for (const name of ignore) if (!IGNORABLE.has(name)) throw new TypeError(`ui.keyboard cannot ignore ${JSON.stringify(name)}`);
    this.setProp('ignore', [...ignore]);
    this.active = options.active ?? true;
    this.repeating = options.repeating ?? true;
    this.on('key', (event) => this.receive(event));
  }

  get active(): boolean {
    return this.getProp('active') !== false;
  }

  /** Starts or stops listening: an inactive keyboard has no listener in the tab. */
  set active(value: boolean) {
    this.setProp('active', value ? undefined : false);
  }

  get repeating(): boolean {
    return this.getProp('repeating') !== false;
  }

  set repeating(value: boolean) {
    this.setProp('repeating', value ? undefined : false);
  }

  /** Adds a handler for every key event. */
  onKey(handler: KeyHandler): this {
    this.handlers.push(handler);
    return this;
  }

  private receive(event: ElementEvent): void {
    const data = parseKeyEvent(event.args[0]);
    // A tab may send a few keys before it sees that the keyboard was switched off.
    if (!data || !this.active || (data.repeat && !this.repeating)) {
      this.client.dropped++;
      return;
    }
    const { key, code, action, repeat, alt, ctrl, meta, shift } = data;
    const keyEvent: KeyEvent = { sender: this, key, code, action, repeat, modifiers: { alt, ctrl, meta, shift } };
    for (const handler of this.handlers) this.client.runSafely(() => handler(keyEvent), { element: this, where: 'key handler' });
  }
}

/** `ui.keyboard((e) => e.action === 'keydown' && e.key === 'Escape' && dialog.close())` */
export function keyboard(handler?: KeyHandler, options: KeyboardOptions = {}): Keyboard {
  const element = new Keyboard(options);
  if (handler) element.onKey(handler);
  return element;
}
