import { describe, expect, it } from 'vitest';
import { Pagination, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.pagination', () => {
  it('reports the page the user goes to and rejects pages out of range', async () => {
    const pages: number[] = [];
    const user = await openPage(() => {
      const shown = ui.label('page 1');
      ui.pagination(1, 5, { directionLinks: true, onChange: (e) => (pages.push(e.value), (shown.text = `page ${e.value}`)) });
    });
    const pager = user.find({ kind: Pagination });
    expect([pager.spec.tag, pager.prop('min'), pager.prop('max'), pager.prop('directionLinks'), pager.value]).toEqual(['q-pagination', 1, 5, true, 1]);
    await pager.setValue(3);
    await user.should.see('page 3');
    for (const forged of [0, 6, 2.5, '2', null]) await pager.setValue(forged);
    expect(pages).toEqual([3]);
    expect(pager.value).toBe(3);
  });

  it('moves back when the last page goes away', async () => {
    let pager!: Pagination;
    const user = await openPage(() => {
      pager = ui.pagination(1, 9, { value: 8 });
      ui.button('Fewer', () => (pager.max = 4));
    });
    await user.find('Fewer').click();
    expect([user.find({ kind: Pagination }).value, user.find({ kind: Pagination }).prop('max')]).toEqual([4, 4]);
  });
});
