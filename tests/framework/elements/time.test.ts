import { describe, expect, it } from 'vitest';
import { TimePicker, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.time', () => {
  it('reports the time the user picks and rejects times that are not real or do not match the mask', async () => {
    const values: unknown[] = [];
    const user = await openPage(() => ui.time({ value: '09:30', onChange: (e) => values.push(e.value) }));
    const time = user.find({ kind: TimePicker });
    expect([time.spec.tag, time.prop('mask'), time.prop('format24h'), time.value]).toEqual(['q-time', 'HH:mm', true, '09:30']);
    await time.setValue('23:59');
    for (const forged of ['24:00', '12:60', '9:30', '09:30:00', 930, {}]) await time.setValue(forged);
    expect(values).toEqual(['23:59']);
    expect(time.value).toBe('23:59');
  });

  it('follows a 12-hour mask with seconds', async () => {
    const user = await openPage(() => ui.time({ mask: 'hh:mm:ss A', format24h: false, withSeconds: true }));
    const time = user.find({ kind: TimePicker });
    await time.setValue('13:00:00 PM');
    await time.setValue('00:10:00 AM');
    expect((time.element as TimePicker).value).toBeNull();
    await time.setValue('12:10:05 AM');
    expect((time.element as TimePicker).value).toBe('12:10:05 AM');
  });
});
