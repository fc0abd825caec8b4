import { describe, expect, it } from 'vitest';
import { Toggle, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.toggle', () => {
  it('is a button toggle with one active option', async () => {
    const picked: (string | null)[] = [];
    const user = await openPage(() => ui.toggle(['day', 'week', 'month'], { value: 'week', onChange: (e) => picked.push(e.value) }));
    const toggle = user.find({ kind: Toggle });
    expect([toggle.spec.tag, toggle.value]).toEqual(['q-btn-toggle', 'week']);
    await toggle.setValue('month');
    await toggle.setValue('year');
    await toggle.setValue(null);
    expect(picked).toEqual(['month']);
  });

  it('can be cleared when clearable', async () => {
    const user = await openPage(() => ui.toggle({ a: 'A', b: 'B' }, { value: 'a', clearable: true }));
    const toggle = user.find({ kind: Toggle });
    await toggle.setValue(null);
    expect((toggle.element as Toggle).value).toBeNull();
  });
});
