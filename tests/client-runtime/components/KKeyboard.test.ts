import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick, ref } from 'vue';
import KKeyboard, { keyEventData, typedInto, type KeyboardEventLike } from '../../../client-runtime/components/KKeyboard.js';
import { mountToy } from '../toy-renderer.js';

const key = (overrides: Partial<KeyboardEventLike> = {}): KeyboardEventLike => ({
  type: 'keydown',
  key: 'a',
  code: 'KeyA',
  repeat: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target: null,
  ...overrides,
});
const defaults = { repeating: true, ignore: ['input', 'textarea', 'select', 'contenteditable'] };

describe('keyEventData', () => {
  it('sends the key, the physical key, the action and the modifiers', () => {
    expect(keyEventData(key({ type: 'keyup', key: 'S', code: 'KeyS', shiftKey: true, ctrlKey: true }), defaults)).toEqual({
      key: 'S',
      code: 'KeyS',
      action: 'keyup',
      repeat: false,
      alt: false,
      ctrl: true,
      meta: false,
      shift: true,
    });
  });

  it('leaves out repeats unless repeating, and events that are no key presses', () => {
    expect(keyEventData(key({ repeat: true }), defaults)?.repeat).toBe(true);
    expect(keyEventData(key({ repeat: true }), { ...defaults, repeating: false })).toBeUndefined();
    expect(keyEventData(key({ type: 'keypress' }), defaults)).toBeUndefined();
    expect(keyEventData(key({ key: '' }), defaults)).toBeUndefined();
  });

  it('ignores keys typed into form fields and editable content, as configured', () => {
    const input = { tagName: 'INPUT' };
    const editable = { tagName: 'DIV', isContentEditable: true };
    expect(keyEventData(key({ target: input as unknown as EventTarget }), defaults)).toBeUndefined();
    expect(keyEventData(key({ target: editable as unknown as EventTarget }), defaults)).toBeUndefined();
    expect(typedInto({ tagName: 'BUTTON' }, defaults.ignore)).toBe(false);
    expect(typedInto({ tagName: 'BUTTON' }, ['button'])).toBe(true);
    expect(typedInto(input, [])).toBe(false);
    expect(typedInto(editable, ['input'])).toBe(false);
  });
});

describe('k-keyboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('listens to the document only while active, and stops when unmounted', async () => {
    const document = new EventTarget();
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    vi.stubGlobal('document', document);
    const active = ref(false);
    const shown = ref(true);
    const sent: unknown[] = [];
    const press = (name: string) => document.dispatchEvent(Object.assign(new Event(name), { key: 'Escape', code: 'Escape' }));
    const root = mountToy({ render: () => (shown.value ? h(KKeyboard, { active: active.value, onKey: (data: unknown) => sent.push(data) }) : null) }, () => {});
    expect(add).not.toHaveBeenCalled();
    press('keydown');
    active.value = true;
    await nextTick();
    press('keydown');
    press('keyup');
    active.value = false;
    await nextTick();
    press('keydown');
    expect(sent).toEqual([
      expect.objectContaining({ key: 'Escape', action: 'keydown' }),
      expect.objectContaining({ key: 'Escape', action: 'keyup' }),
    ]);
    active.value = true;
    await nextTick();
    shown.value = false;
    await nextTick();
    press('keydown');
    expect(sent).toHaveLength(2);
    expect(add.mock.calls.length).toBe(4);
    expect(remove.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(root.children.filter((n) => n.type !== '#comment')).toEqual([]);
  });
});
