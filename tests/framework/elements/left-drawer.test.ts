import { describe, expect, it, vi } from 'vitest';
import { Drawer, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.leftDrawer', () => {
  it('lands in the layout, not in the current parent, and a menu button toggles it', async () => {
    let drawer!: Drawer;
    const user = await openPage(() => {
      ui.header(() => ui.button('Menu', () => drawer.toggle()));
      ui.card(() => {
        drawer = ui.leftDrawer({ value: false, bordered: true }, () => ui.label('Navigation'));
      });
    });
    const shown = user.find({ kind: Drawer });
    expect([shown.spec.tag, shown.prop('side'), shown.prop('bordered'), shown.value]).toEqual(['q-drawer', 'left', true, false]);
    expect(user.tree.elements.get(user.tree.root)!.ch!.default).toContain(shown.id);
    expect(user.find('Navigation').element.parent).toBe(drawer);
    await user.find('Menu').click();
    expect(shown.value).toBe(true);
    await user.find('Menu').click();
    expect(shown.value).toBe(false);
  });

  it('lets the tab decide by screen width at first, then follows what the tab reports', async () => {
    let drawer!: Drawer;
    const user = await openPage(() => (drawer = ui.leftDrawer(() => ui.label('Nav'))));
    const shown = user.find({ kind: Drawer });
    expect([shown.value, shown.prop('showIfAbove')]).toEqual([null, true]);
    // Still undecided on the server: toggling asks the tab's component to toggle itself.
    const runMethod = vi.spyOn(user.client, 'runMethod');
    drawer.toggle();
    expect(runMethod).toHaveBeenCalledWith(drawer, 'toggle');
    await shown.setValue(true);
    expect(drawer.value).toBe(true);
    drawer.hide();
    await user.settle();
    expect(shown.value).toBe(false);
    await shown.setValue('open');
    expect(drawer.value).toBe(false);
  });

  it('can take the top corner of the layout', async () => {
    const user = await openPage(() => ui.leftDrawer({ topCorner: true }));
    expect(user.tree.elements.get(user.tree.root)!.p!.view).toBe('lHh lpR fFf');
  });
});
