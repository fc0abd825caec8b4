import { describe, expect, it } from 'vitest';
import { Expansion, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.expansion', () => {
  it('opens and closes by the user and by server code', async () => {
    const states: boolean[] = [];
    let section!: Expansion;
    const user = await openPage(() => {
      section = ui.expansion('Details', { icon: 'info', onChange: (e) => states.push(e.value) }, () => ui.label('hidden text'));
      ui.button('Collapse', () => section.close());
    });
    const shown = user.find('Details');
    expect([shown.spec.tag, shown.prop('icon'), shown.value]).toEqual(['q-expansion-item', 'info', false]);
    await shown.setValue(true);
    expect(section.value).toBe(true);
    await user.find('Collapse').click();
    expect(shown.value).toBe(false);
    await shown.setValue('open');
    expect(states).toEqual([true, false]);
  });
});
