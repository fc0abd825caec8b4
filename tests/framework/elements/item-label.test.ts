import { describe, expect, it } from 'vitest';
import { ItemLabel, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.itemLabel', () => {
  it('shows a label and a caption line', async () => {
    const user = await openPage(() =>
      ui.item(() =>
        ui.itemSection(() => {
          ui.itemLabel('Jane Doe');
          ui.itemLabel('jane@example.com', { caption: true, lines: 1 });
        }),
      ),
    );
    const caption = user.find('jane@example.com');
    expect([caption.spec.tag, caption.prop('caption'), caption.prop('lines')]).toEqual(['q-item-label', true, 1]);
    expect(user.findAll({ kind: ItemLabel }).map((l) => l.text)).toEqual(['Jane Doe', 'jane@example.com']);
  });
});
