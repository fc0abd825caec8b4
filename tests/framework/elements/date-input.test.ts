import { describe, expect, it } from 'vitest';
import { DateInput, DatePicker, Menu, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.dateInput', () => {
  it('fills the field from the calendar, which closes, and moves the calendar when a date is typed', async () => {
    const values: string[] = [];
    const user = await openPage(() => ui.dateInput({ label: 'Due', value: '2025-05-01', onChange: (e) => values.push(e.value) }));
    const field = user.find('Due');
    const calendar = user.find({ kind: DatePicker });
    const menu = user.find({ kind: Menu });
    expect([field.spec.tag, calendar.value, menu.value]).toEqual(['q-input', '2025-05-01', false]);
    expect(menu.element.parent!.slot).toBe('append');
    await menu.setValue(true); // the user clicks the calendar icon
    await calendar.setValue('2025-06-15');
    expect([field.value, menu.value, values]).toEqual(['2025-06-15', false, ['2025-06-15']]);
    await field.setValue('2025-07-04');
    expect(calendar.value).toBe('2025-07-04');
    expect(values).toEqual(['2025-06-15', '2025-07-04']);
  });

  it('keeps the last valid date while the user types something else, says why, and shows it again on blur', async () => {
    const user = await openPage(() => ui.dateInput({ label: 'Due', value: '2025-05-01' }));
    const field = user.find('Due');
    await field.setValue('2025-05-3');
    expect((field.element as DateInput).value).toBe('2025-05-01');
    expect([field.value, field.prop('errorMessage')]).toEqual(['2025-05-3', 'Not a date (YYYY-MM-DD)']);
    await field.trigger('blur');
    expect([field.value, field.prop('error')]).toEqual(['2025-05-01', true]);
    await field.setValue('');
    expect([(field.element as DateInput).value, field.prop('error'), user.find({ kind: DatePicker }).value]).toEqual(['', undefined, null]);
  });
});
