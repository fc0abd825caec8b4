import { describe, expect, it } from 'vitest';
import { Column, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.column', () => {
  it('stacks its children in a flex column', async () => {
    const user = await openPage(() =>
      ui.column({ align: 'stretch' }, () => {
        ui.label('one');
        ui.label('two');
      }),
    );
    const column = user.find({ kind: Column });
    expect(column.classes).toEqual(expect.arrayContaining(['column', 'no-wrap', 'items-stretch']));
    expect(column.element.children().map((c) => c.text)).toEqual(['one', 'two']);
  });
});
