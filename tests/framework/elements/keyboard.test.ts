import { describe, expect, it } from 'vitest';
import { Keyboard, ui, type KeyEvent } from '../../../framework/index.js';
import { openPage } from './support.js';

const seen = (events: KeyEvent[]): string[] => events.map((e) => `${e.action} ${e.key}`);

describe('ui.keyboard', () => {
  it('reports key presses anywhere on the page with typed arguments', async () => {
    const events: KeyEvent[] = [];
    const user = await openPage(() => {
      const status = ui.label('no key yet');
      ui.keyboard((e) => {
        events.push(e);
        if (e.action === 'keydown') status.text = `pressed ${e.key}`;
      });
    });
    const keyboard = user.find({ tag: 'k-keyboard' });
    expect(keyboard.prop('ignore')).toEqual(['input', 'textarea', 'select', 'contenteditable']);
    await user.pressKey('s', { code: 'KeyS', ctrl: true });
    await user.should.see('pressed s');
    expect(seen(events)).toEqual(['keydown s', 'keyup s']);
    expect(events[0]).toMatchObject({ code: 'KeyS', repeat: false, modifiers: { alt: false, ctrl: true, meta: false, shift: false } });
    expect(events[0]!.sender).toBeInstanceOf(Keyboard);
  });

  it('listens only while active: an inactive keyboard has no listener in the tab, and late keys are dropped', async () => {
    const events: KeyEvent[] = [];
    let keyboard!: Keyboard;
    const user = await openPage(() => {
      keyboard = ui.keyboard((e) => void events.push(e), { active: false });
    });
    const spec = user.find({ kind: Keyboard });
    expect(spec.prop('active')).toBe(false);
    await user.pressKey('a');
    expect(events).toEqual([]);
    keyboard.active = true;
    await user.settle();
    expect(spec.prop('active')).toBeUndefined();
    await user.pressKey('b');
    expect(seen(events)).toEqual(['keydown b', 'keyup b']);
    keyboard.active = false;
    // A key the tab sent before it saw the change.
    await spec.trigger('key', { key: 'c', code: 'KeyC', action: 'keydown', repeat: false, alt: false, ctrl: false, meta: false, shift: false });
    expect(events).toHaveLength(2);
  });

  it('drops repeats when not repeating, and anything that is not a key event', async () => {
    const events: KeyEvent[] = [];
    const user = await openPage(() => ui.keyboard((e) => void events.push(e), { repeating: false }));
    const keyboard = user.find({ kind: Keyboard });
    const dropped = user.client.dropped;
    const key = { key: 'x', code: 'KeyX', action: 'keydown', repeat: false, alt: false, ctrl: false, meta: false, shift: false };
    await keyboard.trigger('key', { ...key, repeat: true });
    for (const forged of [null, 'x', { ...key, action: 'keypress' }, { ...key, key: 'x'.repeat(33) }, { ...key, ctrl: 'yes' }, { ...key, key: '' }])
      await keyboard.trigger('key', forged);
    expect(events).toEqual([]);
    expect(user.client.dropped).toBe(dropped + 7);
    await keyboard.trigger('key', key);
    expect(seen(events)).toEqual(['keydown x']);
  });

  it('can hear keys typed into form fields, and refuses unknown things to ignore', async () => {
    const user = await openPage(() => ui.keyboard(() => undefined, { ignore: ['textarea'] }));
    expect(user.find({ kind: Keyboard }).prop('ignore')).toEqual(['textarea']);
    await expect(openPage(() => ui.keyboard(() => undefined, { ignore: ['div' as 'input'] }))).rejects.toThrow(/cannot ignore "div"/);
  });

  it('reports a failing handler and keeps the others running', async () => {
    const keys: string[] = [];
    const user = await openPage(() =>
      ui
        .keyboard(() => {
          throw new Error('boom');
        })
        .onKey((e) => void keys.push(e.action)),
    );
    await user.pressKey('Enter');
    expect(keys).toEqual(['keydown', 'keyup']);
    await user.should.seeNotification('boom');
  });
});
