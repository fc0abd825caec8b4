import { describe, expect, it } from 'vitest';
import { Icon, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.icon', () => {
  it('shows a named icon and follows name and colour changes', async () => {
    let icon!: Icon;
    const user = await openPage(() => {
      icon = ui.icon('cloud_off', { color: 'grey', size: 'lg' });
      ui.button('Connect', () => {
        icon.name = 'cloud_done';
        icon.color = 'positive';
      });
    });
    const shown = user.find({ kind: Icon });
    expect([shown.spec.tag, shown.prop('name'), shown.prop('color'), shown.prop('size')]).toEqual(['q-icon', 'cloud_off', 'grey', 'lg']);
    await user.find('Connect').click();
    expect([shown.prop('name'), shown.prop('color')]).toEqual(['cloud_done', 'positive']);
  });
});
