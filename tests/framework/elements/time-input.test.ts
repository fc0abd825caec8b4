import { describe, expect, it } from 'vitest';
import { TimeInput, TimePicker, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.timeInput', () => {
  it('syncs the field and the clock both ways and rejects invalid times', async () => {
    const values: string[] = [];
    const user = await openPage(() => ui.timeInput({ label: 'Start', value: '09:00', onChange: (e) => values.push(e.value) }));
    const field = user.find('Start');
    const clock = user.find({ kind: TimePicker });
    expect([field.spec.tag, clock.value]).toEqual(['q-input', '09:00']);
    await clock.setValue('10:15');
    expect(field.value).toBe('10:15');
    await field.setValue('11:45');
    expect(clock.value).toBe('11:45');
    await field.setValue('25:00');
    expect([(field.element as TimeInput).value, clock.value, field.prop('errorMessage')]).toEqual(['11:45', '11:45', 'Not a time (HH:mm)']);
    expect(values).toEqual(['10:15', '11:45']);
  });
});
