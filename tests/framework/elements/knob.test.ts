import { describe, expect, it } from 'vitest';
import { Knob, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.knob', () => {
  it('reports the value the user turns to, shows it, and rejects values outside min..max', async () => {
    const values: number[] = [];
    const user = await openPage(() => ui.knob({ min: 0, max: 10, step: 1, value: 3, showValue: true, onChange: (e) => values.push(e.value) }));
    const knob = user.find({ kind: Knob });
    expect([knob.spec.tag, knob.prop('min'), knob.prop('max'), knob.prop('step'), knob.value]).toEqual(['q-knob', 0, 10, 1, 3]);
    const caption = (): unknown => user.tree.elements.get(knob.spec.ch!.default![0]!)!.t;
    expect(caption()).toBe('3');
    await knob.setValue(7);
    expect(caption()).toBe('7');
    for (const forged of [11, -1, '5', null, Number.NaN]) await knob.setValue(forged);
    expect(values).toEqual([7]);
    expect(knob.value).toBe(7);
  });
});
