import { describe, expect, it } from 'vitest';
import { Chip, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.chip', () => {
  it('is clickable when it has a click handler', async () => {
    let clicked = 0;
    const user = await openPage(() => ui.chip('TypeScript', () => clicked++));
    const chip = user.find('TypeScript');
    expect(chip.prop('clickable')).toBe(true);
    await chip.click();
    expect(clicked).toBe(1);
  });

  it('reports selection changes of a selectable chip and ignores non-boolean ones', async () => {
    const changes: boolean[] = [];
    const user = await openPage(() => ui.chip('Urgent', { selectable: true, onSelectionChange: (s) => changes.push(s) }));
    const chip = user.find('Urgent');
    expect(chip.prop('selected')).toBe(false);
    await chip.trigger('update:selected', true);
    expect(chip.prop('selected')).toBe(true);
    await chip.trigger('update:selected', 'yes');
    expect(changes).toEqual([true]);
    expect((chip.element as Chip).selected).toBe(true);
  });

  it('becomes hidden (value false) when the user removes it', async () => {
    const removed: string[] = [];
    const user = await openPage(() => ui.chip('tag-a', { removable: true, onRemove: (e) => removed.push(e.sender.text) }));
    const chip = user.find('tag-a');
    await chip.setValue(false);
    await chip.trigger('remove');
    expect((chip.element as Chip).value).toBe(false);
    expect(removed).toEqual(['tag-a']);
    await chip.setValue('gone');
    expect(chip.value).toBe(false);
  });
});
