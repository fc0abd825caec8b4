import { describe, expect, it } from 'vitest';
import { Row, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.row', () => {
  it('lays its children out in a wrapping flex row with a gap', async () => {
    const user = await openPage(() =>
      ui.row(() => {
        ui.button('A');
        ui.button('B');
      }),
    );
    const row = user.find({ kind: Row });
    expect(row.classes).toEqual(expect.arrayContaining(['row', 'wrap', 'items-start']));
    expect(row.spec.s).toEqual({ gap: '1rem' });
    expect(row.element.children().map((c) => c.getProp('label'))).toEqual(['A', 'B']);
  });

  it('can stay on one line, centred, with another gap', async () => {
    const user = await openPage(() => ui.row({ wrap: false, align: 'center', gap: '4px' }));
    const row = user.find({ kind: Row });
    expect(row.classes).toEqual(expect.arrayContaining(['row', 'no-wrap', 'items-center']));
    expect(row.spec.s).toEqual({ gap: '4px' });
  });
});
