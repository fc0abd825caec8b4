import { describe, expect, it } from 'vitest';
import { List, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.list', () => {
  it('holds its items in order', async () => {
    const user = await openPage(() =>
      ui.list({ bordered: true, separator: true }, () => {
        ui.item('First');
        ui.item('Second');
      }),
    );
    const list = user.find({ kind: List });
    expect([list.spec.tag, list.prop('bordered'), list.prop('separator')]).toEqual(['q-list', true, true]);
    const items = list.spec.ch!.default!.map((id) => user.tree.elements.get(id)!.tag);
    expect(items).toEqual(['q-item', 'q-item']);
    expect(user.visibleText()).toEqual(['First', 'Second']);
  });
});
