import { describe, expect, it } from 'vitest';
import { Drawer, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.rightDrawer', () => {
  it('is a right-side drawer in the layout that server code shows and hides', async () => {
    let drawer!: Drawer;
    const user = await openPage(() => {
      drawer = ui.rightDrawer({ value: false, bottomCorner: true }, () => ui.label('Help'));
      ui.button('Help?', () => drawer.show());
    });
    const shown = user.find({ kind: Drawer });
    expect([shown.prop('side'), shown.value]).toEqual(['right', false]);
    expect(drawer.parent).toBe(user.client.layout);
    expect(user.tree.elements.get(user.tree.root)!.p!.view).toBe('hHh lpR fFr');
    await user.find('Help?').click();
    expect(shown.value).toBe(true);
  });
});
