import { defineComponent, onBeforeUnmount, watch, type PropType } from 'vue';
import type { KeyEventData } from '../../framework/protocol/messages.js';

/** What the key handler reads of a DOM KeyboardEvent (a plain object in tests). */
export interface KeyboardEventLike {
  type: string;
  key: string;
  code: string;
  repeat: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

interface TargetLike {
  tagName?: unknown;
  isContentEditable?: unknown;
}

/** True when the key was typed into something the keyboard ignores (a form field, editable content). */
export function typedInto(target: unknown, ignore: readonly string[]): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const { tagName, isContentEditable } = target as TargetLike;
  if (typeof tagName === 'string' && ignore.includes(tagName.toLowerCase())) return true;
  return isContentEditable === true && ignore.includes('contenteditable');
}

/** The data a key event sends, or undefined when the keyboard does not report it. */
export function keyEventData(event: KeyboardEventLike, options: { repeating: boolean; ignore: readonly string[] }): KeyEventData | undefined {
  if (event.type !== 'keydown' && event.type !== 'keyup') return undefined;
  if (event.repeat && !options.repeating) return undefined;
  // A key that produces no name (some IME compositions) cannot be told apart on the server.
  if (!event.key) return undefined;
  if (typedInto(event.target, options.ignore)) return undefined;
  return {
    key: event.key,
    code: event.code ?? '',
    action: event.type,
    repeat: event.repeat,
    alt: event.altKey,
    ctrl: event.ctrlKey,
    meta: event.metaKey,
    shift: event.shiftKey,
  };
}

/**
 * `k-keyboard`: reports the document's key events as `key` events, only while active (an inactive
 * keyboard has no listener at all). Renders nothing.
 */
export default defineComponent({
  name: 'KKeyboard',
  props: {
    active: { type: Boolean, default: true },
    repeating: { type: Boolean, default: true },
    ignore: { type: Array as PropType<string[]>, default: () => [] },
  },
  emits: ['key'],
  setup(props, { emit }) {
    const onKey = (event: KeyboardEvent): void => {
      const data = keyEventData(event, props);
      if (data) emit('key', data);
    };
    const listen = (on: boolean): void => {
      for (const type of ['keydown', 'keyup'] as const) {
        if (on) document.addEventListener(type, onKey);
        else document.removeEventListener(type, onKey);
      }
    };
    watch(() => props.active, listen, { immediate: true });
    onBeforeUnmount(() => listen(false));
    return () => null;
  },
});
