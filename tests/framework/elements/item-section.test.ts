import { describe, expect, it } from 'vitest';
import { ItemSection, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.itemSection', () => {
  it('is a text column or a side column with its own content', async () => {
    const user = await openPage(() =>
      ui.item(() => {
        ui.itemSection('Jane');
        ui.itemSection({ side: true, top: true }, () => ui.label('3 min'));
      }),
    );
    const [main, side] = user.findAll({ kind: ItemSection });
    expect([main!.spec.tag, main!.text, side!.prop('side'), side!.prop('top')]).toEqual(['q-item-section', 'Jane', true, true]);
    expect(side!.element.children()[0]!.text).toBe('3 min');
  });
});
