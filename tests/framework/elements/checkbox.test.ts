import { describe, expect, it } from 'vitest';
import { Checkbox, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.checkbox', () => {
  it('toggles when clicked and tells the server', async () => {
    const changes: boolean[] = [];
    const user = await openPage(() => ui.checkbox('I agree', (e) => changes.push(e.value)));
    const box = user.find('I agree');
    expect([box.spec.tag, box.value]).toEqual(['q-checkbox', false]);
    await box.click();
    await box.click();
    expect(changes).toEqual([true, false]);
  });

  it('follows the server and rejects non-boolean values', async () => {
    let box!: Checkbox;
    const user = await openPage(() => {
      box = ui.checkbox('Subscribed');
      ui.button('Turn on', () => (box.value = true));
    });
    await user.find('Turn on').click();
    const shown = user.find('Subscribed');
    expect(shown.value).toBe(true);
    await shown.setValue('no');
    expect(box.value).toBe(true);
    expect(shown.value).toBe(true);
  });
});
