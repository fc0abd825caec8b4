import { describe, expect, it } from 'vitest';
import { KiteError, Spinner, ui } from '../../../framework/index.js';
import type { SpinnerType } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.spinner', () => {
  it('shows the default spinner or one of its variants', async () => {
    let error: unknown;
    const user = await openPage(() => {
      ui.spinner();
      ui.spinner('dots', { size: 'lg', color: 'primary' });
      try {
        ui.spinner('sparkles' as SpinnerType);
      } catch (e) {
        error = e;
      }
    });
    const [plain, dots] = user.findAll({ kind: Spinner });
    expect([plain!.spec.tag, plain!.prop('size')]).toEqual(['q-spinner', '1em']);
    expect([dots!.spec.tag, dots!.prop('size'), dots!.prop('color')]).toEqual(['q-spinner-dots', 'lg', 'primary']);
    expect(error).toBeInstanceOf(KiteError);
    expect(user.findAll({ kind: Spinner })).toHaveLength(2);
  });
});
