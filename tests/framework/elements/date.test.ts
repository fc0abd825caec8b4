import { describe, expect, it } from 'vitest';
import { DatePicker, KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.date', () => {
  it('reports the day the user picks and rejects values that do not match the mask or name no real day', async () => {
    const values: unknown[] = [];
    const user = await openPage(() => ui.date({ value: '2025-05-01', onChange: (e) => values.push(e.value) }));
    const date = user.find({ kind: DatePicker });
    expect([date.spec.tag, date.prop('mask'), date.value]).toEqual(['q-date', 'YYYY-MM-DD', '2025-05-01']);
    await date.setValue('2024-02-29');
    for (const forged of ['2025/05/02', '2025-02-29', '2025-13-01', '2025-04-31', '2025-5-1', ' 2025-05-02', 20250502, { from: '2025-05-01', to: '2025-05-02' }])
      await date.setValue(forged);
    await date.setValue(null); // the user clicks the chosen day again
    expect(values).toEqual(['2024-02-29', null]);
    expect(date.value).toBeNull();
  });

  it('follows a custom mask', async () => {
    const user = await openPage(() => ui.date({ mask: 'DD.MM.YYYY', noUnset: true, value: '01.05.2025' }));
    const date = user.find({ kind: DatePicker });
    await date.setValue('2025-05-02');
    await date.setValue(null);
    expect((date.element as DatePicker).value).toBe('01.05.2025');
    await date.setValue('31.12.2025');
    expect((date.element as DatePicker).value).toBe('31.12.2025');
  });

  it('takes ordered spans with range and lists with multiple', async () => {
    const user = await openPage(() => {
      ui.date({ range: true }).mark('range');
      ui.date({ multiple: true }).mark('multiple');
    });
    const span = user.find({ marker: 'range' });
    await span.setValue({ from: '2025-05-01', to: '2025-05-07', extra: '<script>' });
    await span.setValue({ from: '2025-05-09', to: '2025-05-08' });
    expect((span.element as DatePicker).value).toEqual({ from: '2025-05-01', to: '2025-05-07' });
    await span.setValue('2025-06-01'); // a single day of a range
    expect((span.element as DatePicker).value).toBe('2025-06-01');
    const many = user.find({ marker: 'multiple' });
    expect(many.value).toEqual([]);
    await many.setValue(['2025-05-01', '2025-05-03']);
    await many.setValue(['2025-05-01', 'tomorrow']);
    expect((many.element as DatePicker).value).toEqual(['2025-05-01', '2025-05-03']);
  });

  it('refuses masks with month or day names', async () => {
    let error: unknown;
    await openPage(() => {
      try {
        ui.date({ mask: 'MMM D, YYYY' });
      } catch (e) {
        error = e;
      }
    });
    expect(error).toBeInstanceOf(KiteError);
  });
});
