import { describe, expect, it } from 'vitest';
import { DropdownButton, Item, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.dropdownButton', () => {
  it('holds its items, opens and closes, and runs the item clicked', async () => {
    const events: string[] = [];
    let dropdown!: DropdownButton;
    const user = await openPage(() => {
      dropdown = ui.dropdownButton('Export', { autoClose: true, onChange: (e) => events.push(`open=${e.value}`) }, () => {
        ui.item('As CSV', () => events.push('csv'));
      });
    });
    const shown = user.find({ kind: DropdownButton });
    expect([shown.spec.tag, shown.prop('label'), shown.prop('autoClose'), shown.value]).toEqual(['q-btn-dropdown', 'Export', true, false]);
    await shown.setValue(true);
    expect(user.find('As CSV').element.parent!.parent).toBe(dropdown);
    await user.find({ kind: Item }).click();
    await shown.setValue(false); // auto-close
    expect(events).toEqual(['open=true', 'csv', 'open=false']);
    await shown.setValue('open');
    expect(dropdown.value).toBe(false);
    dropdown.open();
    await user.settle();
    expect(shown.value).toBe(true);
  });

  it('as a split button runs its own click handler', async () => {
    let clicks = 0;
    const user = await openPage(() => ui.dropdownButton('Save', { split: true, onClick: () => clicks++ }));
    await user.find('Save').click();
    expect(clicks).toBe(1);
  });
});
