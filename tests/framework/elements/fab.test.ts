import { describe, expect, it } from 'vitest';
import { Fab, FabAction, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.fab', () => {
  it('opens to show its actions; the value follows the tab and server code', async () => {
    let fab!: Fab;
    const user = await openPage(() => {
      fab = ui.fab('add', { direction: 'up', label: 'New' }, () => {
        ui.fabAction('mail', { label: 'Email' });
      });
      ui.button('Close', () => fab.close());
    });
    const shown = user.find({ kind: Fab });
    expect([shown.spec.tag, shown.prop('icon'), shown.prop('direction'), shown.value]).toEqual(['q-fab', 'add', 'up', false]);
    expect(shown.spec.ch?.default).toEqual([user.find({ kind: FabAction }).id]);
    await shown.setValue(true);
    expect(fab.value).toBe(true);
    await user.find('Close').click();
    expect(shown.value).toBe(false);
    await shown.setValue('yes');
    expect(fab.value).toBe(false);
  });
});
