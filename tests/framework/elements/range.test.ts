import { describe, expect, it } from 'vitest';
import { Range, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.range', () => {
  it('reports both ends the user drags, clamps them to the limits and rejects anything else', async () => {
    const values: unknown[] = [];
    const user = await openPage(() => ui.range({ min: 0, max: 50, value: { min: 10, max: 20 }, onChange: (e) => values.push(e.value) }));
    const range = user.find({ kind: Range });
    expect([range.spec.tag, range.prop('min'), range.prop('max'), range.value]).toEqual(['q-range', 0, 50, { min: 10, max: 20 }]);
    await range.setValue({ min: 5, max: 30 });
    await range.setValue({ min: -10, max: 999 });
    expect(range.value).toEqual({ min: 0, max: 50 });
    for (const forged of [{ min: 30, max: 10 }, { min: '1', max: 2 }, 7, null, [1, 2]]) await range.setValue(forged);
    expect(values).toEqual([{ min: 5, max: 30 }, { min: 0, max: 50 }]);
    expect((range.element as Range).value).toEqual({ min: 0, max: 50 });
  });
});
