import { describe, expect, it } from 'vitest';
import { NumberInput, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.number', () => {
  it('turns what the user enters into numbers, rounded to the precision', async () => {
    const values: (number | null)[] = [];
    const user = await openPage(() => ui.number({ label: 'Price', precision: 2, onChange: (e) => values.push(e.value) }));
    const field = user.find('Price');
    expect([field.spec.tag, field.prop('type'), field.value]).toEqual(['q-input', 'number', null]);
    await field.setValue(12.345);
    await field.setValue('7.5');
    await field.setValue('');
    expect(values).toEqual([12.35, 7.5, null]);
  });

  it('rejects forged and out-of-range values; the field shows the server value again on blur', async () => {
    const values: (number | null)[] = [];
    const user = await openPage(() => ui.number({ label: 'Age', value: 30, min: 0, max: 150, onChange: (e) => values.push(e.value) }));
    const field = user.find({ kind: NumberInput });
    for (const forged of ['abc', { n: 1 }, [5], true, 151, -1, '1e999']) await field.setValue(forged);
    expect(values).toEqual([]);
    expect((field.element as NumberInput).value).toBe(30);
    // While the user types, the field keeps what they typed...
    expect(field.value).toBe('1e999');
    // ...and shows the server's value again when they leave it.
    await field.trigger('blur');
    expect(field.value).toBe(30);
  });

  it('runs validation rules and shows their message', async () => {
    const user = await openPage(() => ui.number({ label: 'Even', validation: (v) => (v !== null && v % 2 ? 'Must be even' : null) }));
    await user.find('Even').setValue(3);
    await user.should.see('Must be even');
    await user.find('Even').setValue(4);
    await user.should.notSee('Must be even');
  });
});
