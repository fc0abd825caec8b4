import { describe, expect, it } from 'vitest';
import { Space, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.space', () => {
  it('sits between the items of a row', async () => {
    const user = await openPage(() =>
      ui.row(() => {
        ui.label('left');
        ui.space();
        ui.label('right');
      }),
    );
    const space = user.find({ kind: Space });
    expect(space.spec.tag).toBe('q-space');
    const row = space.element.parent!;
    expect(row.children().map((c) => c.text || c.tag)).toEqual(['left', 'q-space', 'right']);
  });
});
