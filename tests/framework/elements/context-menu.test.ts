import { describe, expect, it } from 'vitest';
import { ContextMenu, MenuItem, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.contextMenu', () => {
  it('opens on right-click of its parent; an item runs its handler and closes the menu', async () => {
    const done: string[] = [];
    let card!: ReturnType<typeof ui.card>;
    const user = await openPage(() => {
      card = ui.card(() => {
        ui.label('Right-click me');
        ui.contextMenu(() => ui.menuItem('Delete', () => done.push('delete')));
      });
    });
    const menu = user.find({ kind: ContextMenu });
    expect([menu.spec.tag, menu.prop('contextMenu'), menu.prop('touchPosition'), menu.value]).toEqual(['q-menu', true, true, false]);
    expect(menu.element.parent).toBe(card);
    await menu.setValue(true); // the user right-clicks the card
    await user.find({ kind: MenuItem }).click();
    expect(done).toEqual(['delete']);
    expect(menu.value).toBe(false);
  });
});
