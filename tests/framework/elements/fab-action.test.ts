import { describe, expect, it } from 'vitest';
import { FabAction, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.fabAction', () => {
  it('runs its handler when clicked', async () => {
    const sent: string[] = [];
    const user = await openPage(() =>
      ui.fab('add', () => {
        ui.fabAction('mail', () => sent.push('mail'));
        ui.fabAction('alarm', { label: 'Alarm', color: 'red', disable: true });
      }),
    );
    const [mail, alarm] = user.findAll({ kind: FabAction });
    expect([mail!.spec.tag, mail!.prop('icon'), alarm!.prop('label'), alarm!.prop('color')]).toEqual(['q-fab-action', 'mail', 'Alarm', 'red']);
    await mail!.click();
    expect(sent).toEqual(['mail']);
    await expect(alarm!.click()).rejects.toThrow(/disabled/);
  });
});
