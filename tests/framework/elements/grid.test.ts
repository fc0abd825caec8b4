import { describe, expect, it } from 'vitest';
import { Grid, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.grid', () => {
  it('is a CSS grid with equal columns, or a template, changeable later', async () => {
    let grid!: Grid;
    const user = await openPage(() => {
      grid = ui.grid({ columns: 3 }, () => {
        for (const n of [1, 2, 3, 4]) ui.label(`cell ${n}`);
      });
      ui.grid({ columns: 'auto 1fr', rows: 2 }).mark('template');
      ui.button('Two columns', () => (grid.columns = 2));
    });
    const shown = user.findAll({ kind: Grid })[0]!;
    expect(shown.spec.s).toEqual({ display: 'grid', gap: '1rem', 'grid-template-columns': 'repeat(3, minmax(0, 1fr))' });
    expect(user.find({ marker: 'template' }).spec.s).toMatchObject({ 'grid-template-columns': 'auto 1fr', 'grid-template-rows': 'repeat(2, minmax(0, 1fr))' });
    await user.find('Two columns').click();
    expect(shown.spec.s?.['grid-template-columns']).toBe('repeat(2, minmax(0, 1fr))');
    expect(grid.children()).toHaveLength(4);
  });
});
