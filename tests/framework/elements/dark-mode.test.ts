import { describe, expect, it } from 'vitest';
import { DarkMode, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.darkMode', () => {
  it('is light by default and switches with enable, disable, auto and toggle', async () => {
    let dark!: DarkMode;
    const changes: unknown[] = [];
    const user = await openPage(() => {
      dark = ui.darkMode(undefined, (e) => void changes.push(e.value));
      ui.button('Dark', () => dark.enable());
      ui.button('Light', () => dark.disable());
      ui.button('System', () => dark.auto());
      ui.button('Toggle', () => dark.toggle());
    });
    const mode = user.find({ kind: DarkMode });
    expect([mode.spec.tag, mode.value]).toEqual(['k-dark-mode', false]);
    await user.find('Dark').click();
    expect(mode.value).toBe(true);
    await user.find('Toggle').click();
    expect(mode.value).toBe(false);
    await user.find('System').click();
    expect(mode.value).toBe('auto');
    await user.find('Toggle').click();
    await user.should.seeNotification("cannot toggle dark mode while it is 'auto'");
    await user.find('Light').click();
    expect(mode.value).toBe(false);
    expect(changes).toEqual([true, false, 'auto', false]);
  });

  it('follows another value element, like any value', async () => {
    const user = await openPage(() => {
      const dark = ui.darkMode(true);
      ui.switch('Dark mode', (e) => (dark.value = e.value)).value = dark.value as boolean;
    });
    const mode = user.find({ kind: DarkMode });
    expect(mode.value).toBe(true);
    await user.find('Dark mode').click();
    expect(mode.value).toBe(false);
  });

  it('accepts only true, false or auto', async () => {
    const user = await openPage(() => ui.darkMode('auto'));
    const mode = user.find({ kind: DarkMode });
    await mode.setValue('dim');
    expect([mode.value, mode.element instanceof DarkMode && mode.element.value]).toEqual(['auto', 'auto']);
    expect(() => ((mode.element as DarkMode).value = 'dim' as 'auto')).toThrow(/true, false or 'auto'/);
  });
});
