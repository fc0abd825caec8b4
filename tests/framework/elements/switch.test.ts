import { describe, expect, it } from 'vitest';
import { Switch, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.switch', () => {
  it('is a toggle switch whose state drives the page', async () => {
    const user = await openPage(() => {
      const details = ui.label('The fine print');
      details.visible = false;
      ui.switch('Show more', (e) => (details.visible = e.value));
    });
    const toggle = user.find({ kind: Switch });
    expect([toggle.spec.tag, toggle.prop('label')]).toEqual(['q-toggle', 'Show more']);
    await user.should.notSee('The fine print');
    await toggle.click();
    await user.should.see('The fine print');
    await toggle.setValue(0);
    await user.should.see('The fine print');
  });
});
