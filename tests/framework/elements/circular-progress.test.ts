import { describe, expect, it } from 'vitest';
import { CircularProgress, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.circularProgress', () => {
  it('moves as work progresses, shows the value, clamped to min..max', async () => {
    let ring!: CircularProgress;
    const user = await openPage(() => {
      ring = ui.circularProgress({ value: 20, min: 0, max: 100, showValue: true, color: 'green' });
      ui.button('Step', () => (ring.value += 50));
    });
    const shown = user.find({ kind: CircularProgress });
    expect([shown.spec.tag, shown.prop('value'), shown.prop('max'), shown.prop('showValue')]).toEqual(['q-circular-progress', 20, 100, true]);
    await user.should.see('20');
    await user.find('Step').click();
    await user.should.see('70');
    await user.find('Step').click();
    expect(shown.prop('value')).toBe(100);
    await user.should.see('100');
    ring.value = Number.NaN;
    await user.settle();
    expect(shown.prop('value')).toBe(0);
  });
});
