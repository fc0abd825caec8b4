import { describe, expect, it } from 'vitest';
import { Rating, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.rating', () => {
  it('reports the stars the user clicks and rejects forged values', async () => {
    const values: number[] = [];
    const user = await openPage(() => ui.rating({ value: 2, max: 4, color: 'amber', onChange: (e) => values.push(e.value) }));
    const rating = user.find({ kind: Rating });
    expect([rating.spec.tag, rating.prop('max'), rating.prop('color'), rating.value]).toEqual(['q-rating', 4, 'amber', 2]);
    await rating.setValue(4);
    await rating.setValue(0); // clicking the current star again resets
    for (const forged of [5, -1, 2.5, '3', null]) await rating.setValue(forged);
    expect(values).toEqual([4, 0]);
    expect((rating.element as Rating).value).toBe(0);
    expect(rating.value).toBe(0);
  });

  it('with noReset does not accept 0, and a smaller max lowers the value', async () => {
    let rating!: Rating;
    const user = await openPage(() => {
      rating = ui.rating({ value: 5, noReset: true });
      ui.button('Three stars', () => (rating.max = 3));
    });
    await user.find({ kind: Rating }).setValue(0);
    expect(rating.value).toBe(5);
    await user.find('Three stars').click();
    expect(user.find({ kind: Rating }).value).toBe(3);
  });
});
