import { describe, expect, it } from 'vitest';
import { Slider, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.slider', () => {
  it('reports the value the user slides to', async () => {
    const user = await openPage(() => {
      const volume = ui.label('50');
      ui.slider({ min: 0, max: 100, value: 50, onChange: (e) => (volume.text = String(e.value)) });
    });
    const slider = user.find({ kind: Slider });
    expect([slider.spec.tag, slider.prop('min'), slider.prop('max'), slider.value]).toEqual(['q-slider', 0, 100, 50]);
    await slider.setValue(70);
    await user.should.see('70');
  });

  it('clamps values beyond the range, rejects non-numbers, and corrects the tab', async () => {
    const values: number[] = [];
    const user = await openPage(() => ui.slider({ min: 1, max: 10, value: 5, onChange: (e) => values.push(e.value) }));
    const slider = user.find({ kind: Slider });
    await slider.setValue(1e9);
    expect(slider.value).toBe(10);
    await slider.setValue('7');
    await slider.setValue(null);
    expect(slider.value).toBe(10);
    await slider.setValue(-3);
    expect(values).toEqual([10, 1]);
    expect(slider.value).toBe(1);
  });
});
