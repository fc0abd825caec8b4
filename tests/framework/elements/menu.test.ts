import { describe, expect, it } from 'vitest';
import { Menu, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.menu', () => {
  it('is attached to its button and opens and closes by the user and by server code', async () => {
    let menu!: Menu;
    const user = await openPage(() => {
      ui.button('More', undefined, () => {
        menu = ui.menu(() => ui.menuItem('Rename'));
      });
      ui.button('Close menus', () => menu.close());
    });
    const shown = user.find({ kind: Menu });
    expect([shown.spec.tag, shown.value]).toEqual(['q-menu', false]);
    expect(menu.parent).toBe(user.find('More').element);
    await shown.setValue(true);
    expect(menu.value).toBe(true);
    await user.find('Close menus').click();
    expect(shown.value).toBe(false);
    await shown.setValue(1);
    expect(menu.value).toBe(false);
  });
});
