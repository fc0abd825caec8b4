import { describe, expect, it } from 'vitest';
import { LinearProgress, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.linearProgress', () => {
  it('moves as work progresses, showing the percentage, clamped to 0..1', async () => {
    let bar!: LinearProgress;
    const user = await openPage(() => {
      bar = ui.linearProgress({ value: 0.25, showValue: true, color: 'positive' });
      ui.button('Step', () => (bar.value += 0.5));
    });
    const shown = user.find({ kind: LinearProgress });
    expect([shown.spec.tag, shown.prop('value'), shown.prop('color')]).toEqual(['q-linear-progress', 0.25, 'positive']);
    await user.should.see('25%');
    await user.find('Step').click();
    expect(shown.prop('value')).toBe(0.75);
    await user.should.see('75%');
    await user.find('Step').click();
    expect(shown.prop('value')).toBe(1);
    await user.should.see('100%');
    bar.value = Number.NaN;
    await user.settle();
    expect(shown.prop('value')).toBe(0);
  });
});
