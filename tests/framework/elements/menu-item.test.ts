import { describe, expect, it } from 'vitest';
import { Menu, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.menuItem', () => {
  it('runs its handler and closes the menu, unless autoClose is false', async () => {
    const actions: string[] = [];
    const user = await openPage(() =>
      ui.button('Actions', undefined, () =>
        ui.menu(() => {
          ui.menuItem('Duplicate', () => actions.push('duplicate'));
          ui.menuItem('Pin', () => actions.push('pin'), { autoClose: false });
        }),
      ),
    );
    const menu = user.find({ kind: Menu });
    await menu.setValue(true);
    await user.find('Pin').click();
    expect(menu.value).toBe(true);
    await user.find('Duplicate').click();
    expect(actions).toEqual(['pin', 'duplicate']);
    expect(menu.value).toBe(false);
  });

  it('closes the menu even when its handler fails', async () => {
    const user = await openPage(() =>
      ui.button('Danger', undefined, () =>
        ui.menu(() =>
          ui.menuItem('Explode', () => {
            throw new Error('boom');
          }),
        ),
      ),
    );
    const menu = user.find({ kind: Menu });
    await menu.setValue(true);
    await user.find('Explode').click();
    expect(menu.value).toBe(false);
    expect(user.notifications.map((n) => n.message)).toEqual(['Error: boom']);
  });

  it('does nothing when disabled', async () => {
    let ran = false;
    const user = await openPage(() => ui.menu({ value: true }, () => ui.menuItem('Archive', () => (ran = true), { disable: true })));
    const item = user.find('Archive');
    expect([item.spec.tag, item.prop('clickable')]).toEqual(['q-item', true]);
    user.send(['e', item.id, 'click', []]);
    await user.settle();
    expect(ran).toBe(false);
    expect(user.find({ kind: Menu }).value).toBe(true);
  });
});
