import { describe, expect, it } from 'vitest';
import { Separator, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.separator', () => {
  it('draws horizontal and vertical lines', async () => {
    const user = await openPage(() => {
      ui.separator();
      ui.row(() => ui.separator({ vertical: true, color: 'red' }));
    });
    const [line, vertical] = user.findAll({ kind: Separator });
    expect(line!.spec.tag).toBe('q-separator');
    expect(line!.prop('vertical')).toBeUndefined();
    expect([vertical!.prop('vertical'), vertical!.prop('color')]).toEqual([true, 'red']);
  });
});
